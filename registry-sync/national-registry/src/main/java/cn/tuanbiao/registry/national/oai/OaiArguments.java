package cn.tuanbiao.registry.national.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's arguments, checked against the verb as OAI-PMH 2.0 §3.1 and §4 require: no unknown
 * and no repeated argument, the required ones present, {@code resumptionToken} exclusive,
 * {@code from}/{@code until} as UTC dates or seconds ({@code YYYY-MM-DD} or
 * {@code YYYY-MM-DDThh:mm:ssZ}) of one granularity, {@code from} not after {@code until}.
 */
record OaiArguments(String verb, String identifier, String metadataPrefix, String from, String until, String set,
                    String resumptionToken, Map<String, String> echoed) {

    static final List<String> VERBS = List.of("Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers",
            "ListRecords", "GetRecord");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"));
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /** The checked arguments, or the error the request earns. */
    sealed interface Parsed permits Valid, Invalid {
    }

    record Valid(OaiArguments arguments) implements Parsed {
    }

    record Invalid(OaiError error, Map<String, String> echoed) implements Parsed {
    }

    static Parsed parse(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.size() != 1) {
            return new Invalid(OaiError.badVerb(verbs.isEmpty() ? "缺少 verb 参数" : "verb 参数重复"), Map.of());
        }
        String verb = verbs.get(0);
        if (!VERBS.contains(verb)) {
            return new Invalid(OaiError.badVerb("不支持的 verb：“" + verb + "”"), Map.of());
        }
        Set<String> allowed = ALLOWED.get(verb);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("verb", verb);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!allowed.contains(name)) {
                return invalid("参数“" + name + "”不适用于 " + verb);
            }
            if (parameter.getValue().size() != 1) {
                return invalid("参数“" + name + "”重复");
            }
            values.put(name, parameter.getValue().get(0));
        }
        if (values.containsKey("resumptionToken") && values.size() > 2) {
            return invalid("resumptionToken 须单独使用");
        }
        boolean resumed = values.containsKey("resumptionToken");
        if (!resumed && (verb.equals("ListIdentifiers") || verb.equals("ListRecords") || verb.equals("GetRecord"))
                && blank(values.get("metadataPrefix"))) {
            return invalid("缺少 metadataPrefix 参数");
        }
        if (verb.equals("GetRecord") && blank(values.get("identifier"))) {
            return invalid("缺少 identifier 参数");
        }
        String from = values.get("from");
        String until = values.get("until");
        if (from != null && granularity(from) == null) {
            return invalid("from 应为 YYYY-MM-DD 或 YYYY-MM-DDThh:mm:ssZ（UTC）");
        }
        if (until != null && granularity(until) == null) {
            return invalid("until 应为 YYYY-MM-DD 或 YYYY-MM-DDThh:mm:ssZ（UTC）");
        }
        if (from != null && until != null) {
            if (granularity(from) != granularity(until)) {
                return invalid("from 与 until 的粒度应相同");
            }
            if (start(from).isAfter(start(until))) {
                return invalid("from 不能晚于 until");
            }
        }
        if (values.containsKey("set") && blank(values.get("set"))) {
            return invalid("set 参数不能为空");
        }
        return new Valid(new OaiArguments(verb, values.get("identifier"), values.get("metadataPrefix"), from, until,
                values.get("set"), values.get("resumptionToken"), Map.copyOf(values)));
    }

    /** The first instant {@code from} admits (inclusive). */
    static Instant start(String value) {
        return granularity(value) == ChronoUnit.DAYS
                ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
    }

    /** The first instant after what {@code until} admits: until is inclusive at its granularity. */
    static Instant endExclusive(String value) {
        return start(value).plus(1, granularity(value));
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static ChronoUnit granularity(String value) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate.parse(value);
                return ChronoUnit.DAYS;
            }
            if (SECOND.matcher(value).matches()) {
                Instant.parse(value);
                return ChronoUnit.SECONDS;
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Invalid invalid(String message) {
        return new Invalid(OaiError.badArgument(message), Map.of());
    }
}
