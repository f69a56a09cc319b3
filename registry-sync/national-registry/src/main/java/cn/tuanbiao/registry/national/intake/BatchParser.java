package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.shared.Sha256;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a batch's envelope: only what prevents reading the batch is MALFORMED (the whole request
 * refused); what is wrong inside one event's declaration or profile is that event's FIELD_INVALID.
 */
@Singleton
class BatchParser {

    private final JsonMapper json;

    BatchParser(JsonMapper json) {
        this.json = json;
    }

    /** The body as a JSON tree; refuses what is not JSON. */
    JsonNode tree(byte[] body) throws Malformed {
        try {
            JsonNode root = json.readValue(body, JsonNode.class);
            if (root == null) {
                throw new Malformed(null, "请求正文为空");
            }
            return root;
        } catch (IOException | RuntimeException e) {
            throw new Malformed(null, "请求正文不是 JSON");
        }
    }

    /** The batch of a body already known to be canonical JSON ({@code root} is its tree). */
    Batch batch(JsonNode root, byte[] body) throws Malformed {
        JsonNode events = root.isObject() ? root.get("events") : null;
        if (events == null || !events.isArray() || events.size() < 1 || events.size() > Batch.MOST_EVENTS) {
            throw new Malformed("events", "events 应为包含 1–500 个事件的数组");
        }
        List<Event> parsed = new ArrayList<>(events.size());
        List<EventSlices.Slice> slices = EventSlices.of(body);
        for (int i = 0; i < events.size(); i++) {
            parsed.add(event(events.get(i), slices.get(i), "events[" + i + "]."));
        }
        return new Batch(List.copyOf(parsed));
    }

    private Event event(JsonNode node, EventSlices.Slice slice, String at) throws Malformed {
        if (!node.isObject()) {
            throw new Malformed(at.substring(0, at.length() - 1), "每个事件应为 JSON 对象");
        }
        UUID idempotencyKey = uuid(node.get("idempotencyKey"), at + "idempotencyKey");
        Subject subject = constant(Subject.class, node.get("subject"), at + "subject");
        String key = text(node.get("key"), at + "key");
        int sequence = positiveInteger(node.get("sequence"), at + "sequence");
        EventType type = constant(EventType.class, node.get("type"), at + "type");
        String canonical = slice.event();
        String contentJson = slice.members().getOrDefault(subject.contentField(), "null");
        return new Event(idempotencyKey, subject, key, sequence, type, node, canonical,
                Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)), contentJson,
                Sha256.hex(contentJson.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(JsonNode node, String field) throws Malformed {
        if (node == null || !node.isString() || node.getStringValue().isBlank() || node.getStringValue().length() > 80) {
            throw new Malformed(field, field + " 应为不超过 80 个字符的字符串");
        }
        return node.getStringValue();
    }

    private static UUID uuid(JsonNode node, String field) throws Malformed {
        try {
            if (node != null && node.isString()) {
                return UUID.fromString(node.getStringValue());
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below
        }
        throw new Malformed(field, field + " 应为 UUID 字符串");
    }

    private static int positiveInteger(JsonNode node, String field) throws Malformed {
        if (node != null && node.isNumber()) {
            Number number = node.getNumberValue();
            boolean integral = number instanceof Integer || number instanceof Long || number instanceof BigInteger
                    || (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0)
                    || ((number instanceof Double || number instanceof Float) && number.doubleValue() == Math.rint(number.doubleValue()));
            if (integral && number.doubleValue() >= 1 && number.doubleValue() <= Integer.MAX_VALUE) {
                return number.intValue();
            }
        }
        throw new Malformed(field, field + " 应为正整数");
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field) throws Malformed {
        try {
            if (node != null && node.isString()) {
                return Enum.valueOf(type, node.getStringValue());
            }
        } catch (IllegalArgumentException notOne) {
            // refused below
        }
        throw new Malformed(field, field + " 的取值不在协议规定的范围内");
    }
}
