package cn.tuanbiao.registry.national.intake;

import io.micronaut.json.tree.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one event's declaration or profile by dotted path and names the first field that breaks a
 * rule. Each check returns this, so rules read as a list; the first violation wins.
 */
final class Fields {

    private final JsonNode root;
    private final String prefix;
    private FieldViolation violation;

    Fields(JsonNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    Optional<FieldViolation> violation() {
        return Optional.ofNullable(violation);
    }

    /** The text at {@code path}, or null when it is absent or not a string. */
    String text(String path) {
        JsonNode node = at(path);
        return node != null && node.isString() ? node.getStringValue() : null;
    }

    Fields requiredText(String path, int longest, String label) {
        String value = text(path);
        if (value == null || value.isBlank() || value.length() > longest) {
            fail(path, label + "不能为空，且不超过 " + longest + " 个字符");
        }
        return this;
    }

    Fields optionalText(String path, int longest, String label) {
        JsonNode node = at(path);
        if (node != null && !node.isNull() && (!node.isString() || node.getStringValue().length() > longest)) {
            fail(path, label + "应为不超过 " + longest + " 个字符的文字");
        }
        return this;
    }

    Fields matching(String path, Pattern pattern, String label, String example) {
        String value = text(path);
        if (value == null || !pattern.matcher(value).matches()) {
            fail(path, label + "的格式不对，应如" + example);
        }
        return this;
    }

    Fields oneOf(String path, Set<String> values, String label) {
        String value = text(path);
        if (value == null || !values.contains(value)) {
            fail(path, label + "应为以下之一：" + String.join("、", values.stream().sorted().toList()));
        }
        return this;
    }

    Fields date(String path, boolean required, String label) {
        JsonNode node = at(path);
        if (node == null || node.isNull()) {
            return required ? fail(path, label + "不能为空，应为 yyyy-MM-dd 形式的日期") : this;
        }
        try {
            LocalDate.parse(node.isString() ? node.getStringValue() : "");
        } catch (DateTimeParseException e) {
            fail(path, label + "应为 yyyy-MM-dd 形式的日期");
        }
        return this;
    }

    Fields isTrue(String path, String message) {
        JsonNode node = at(path);
        if (node == null || !node.isBoolean() || !node.getBooleanValue()) {
            fail(path, message);
        }
        return this;
    }

    /** A valid unified social credit code (GB 32100) of the party {@code label} names. */
    Fields creditCode(String path, String label) {
        if (!CreditCode.isValid(text(path))) {
            fail(path, label + "的统一社会信用代码应为 18 位，且校验位正确");
        }
        return this;
    }

    Fields creditCodeOf(String path, String organizationKey) {
        String value = text(path);
        if (!CreditCode.isValid(value)) {
            fail(path, "统一社会信用代码应为 18 位，且校验位正确");
        } else if (!value.equals(organizationKey)) {
            fail(path, "统一社会信用代码与事件所属团体（" + organizationKey + "）不一致");
        }
        return this;
    }

    /** The number at {@code path}, or null when it is absent or not a number. */
    java.math.BigDecimal number(String path) {
        JsonNode node = at(path);
        if (node == null || !node.isNumber()) {
            return null;
        }
        return new java.math.BigDecimal(node.getNumberValue().toString());
    }

    /** A number from {@code least} to {@code most}, with at most {@code decimals} decimal places. */
    Fields numberBetween(String path, int least, int most, int decimals, String label) {
        java.math.BigDecimal value = number(path);
        if (value == null || value.compareTo(java.math.BigDecimal.valueOf(least)) < 0
                || value.compareTo(java.math.BigDecimal.valueOf(most)) > 0
                || value.stripTrailingZeros().scale() > decimals) {
            fail(path, label + "应为 " + least + " 到 " + most + " 之间的数"
                    + (decimals == 0 ? "（整数）" : "（最多 " + decimals + " 位小数）"));
        }
        return this;
    }

    Fields array(String path, String label) {
        JsonNode node = at(path);
        if (node == null || !node.isArray()) {
            fail(path, label + "应为数组");
        }
        return this;
    }

    /** The node at {@code path}, or null. */
    JsonNode node(String path) {
        return at(path);
    }

    Fields rule(boolean holds, String path, String message) {
        if (!holds) {
            fail(path, message);
        }
        return this;
    }

    private Fields fail(String path, String message) {
        if (violation == null) {
            violation = new FieldViolation(prefix + path, message);
        }
        return this;
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        return node;
    }
}
