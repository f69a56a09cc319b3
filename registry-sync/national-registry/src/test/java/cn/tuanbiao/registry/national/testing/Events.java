package cn.tuanbiao.registry.national.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Realistic events in one line each (PROTOCOL §4, §5, §5a), as nested maps a test may change with {@link #with}. */
public final class Events {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Events() {
    }

    /** A new, valid unified social credit code of a social organization registered in Hangzhou. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("51330100");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A short random organization code for standard numbers, unique enough per test: {@code ZJ…}. */
    public static String organizationCode() {
        StringBuilder code = new StringBuilder("ZJ");
        for (int i = 0; i < 4; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    public static Map<String, Object> profile(String creditCode, int sequence) {
        return map("idempotencyKey", UUID.randomUUID().toString(), "subject", "ORGANIZATION", "key", creditCode,
                "sequence", sequence, "type", "PROFILE", "occurredAt", "2026-11-30T08:00:00Z",
                "profile", map("creditCode", creditCode, "name", "浙江省智能制造协会", "kind", "ASSOCIATION",
                        "regionCode", "330100", "industrySection", "C", "sector", "INDUSTRY", "registeredOn", "2026-01-15"));
    }

    public static Map<String, Object> published(String creditCode, String standardId, String number, String title) {
        return standard(creditCode, standardId, 1, "PUBLISHED", number, title, "现行");
    }

    public static Map<String, Object> standard(String creditCode, String standardId, int sequence, String type,
                                               String number, String title, String status) {
        return map("idempotencyKey", UUID.randomUUID().toString(), "subject", "STANDARD",
                "key", creditCode + ":" + standardId, "sequence", sequence, "type", type,
                "occurredAt", "2026-11-30T08:00:00Z",
                "declaration", map(
                        "organization", map("name", "浙江省智能制造协会", "creditCode", creditCode),
                        "standard", map("title", title, "titleEn", "Digital twin of smart manufacturing",
                                "number", number, "publishedOn", "2026-11-20", "inForceFrom", "2026-12-20",
                                "publicationDocument", map("notice", "浙智协〔2026〕13号", "sha256", "ab".repeat(32)),
                                "scope", "本文件规定了智能制造数字孪生系统的架构、数据与接口要求。",
                                "ics", "25.040", "ccs", "J07"),
                        "patents", List.of(),
                        "level", "国际先进",
                        "performanceIndicators", List.of("建模误差不大于 2%"),
                        "functionalIndicators", List.of("支持实时数据同步"),
                        "comparison", List.of(),
                        "commitments", map("lawfulAndTrue", true, "compliant", true),
                        "status", status));
    }

    /**
     * A good-practice statement (PUB-2, PROTOCOL §5b) of {@code year}: {@code totalScore} points against the
     * 2024 scheme (70/85/95), {@code stars} as stated, and the basic conditions that failed (codes).
     */
    public static Map<String, Object> statement(String creditCode, int year, int sequence, String type, double totalScore,
                                                int stars, String... failedBasicConditions) {
        List<Object> failed = new ArrayList<>();
        for (String code : failedBasicConditions) {
            failed.add(map("code", code, "name", "收费管理"));
        }
        return map("idempotencyKey", UUID.randomUUID().toString(), "subject", "STATEMENT",
                "key", creditCode + ":statement:" + year, "sequence", sequence, "type", type,
                "occurredAt", "2026-11-30T08:00:00Z",
                "statement", map(
                        "organization", map("name", "浙江省智能制造协会", "creditCode", creditCode),
                        "year", year,
                        "scheme", map("version", "2024", "title", "团体标准化良好行为评价指标（2024 版）",
                                "thresholds", map("oneStar", 70, "twoStar", 85, "threeStar", 95)),
                        "totalScore", totalScore,
                        "stars", stars,
                        "basicConditions", map("total", 18, "failed", failed),
                        "firstLevel", List.of(map("code", "1", "name", "组织管理", "points", 25, "score", 22)),
                        "statedOn", "2026-11-30",
                        "commitments", map("truthful", true)));
    }

    /** The Zhejiang market regulation administration's credit code (a government body, 11…): the authority that decides. */
    public static final String AUTHORITY_CREDIT_CODE = "113300000024820352";

    /**
     * A supervisor's decision on a violation (PUB-4, PROTOCOL §5c) by the organization {@code creditCode}:
     * an order to rectify (责令整改) decided on 2026-11-20, published on 2026-11-25.
     */
    public static Map<String, Object> violation(String creditCode, String violationId, int sequence, String type) {
        return map("idempotencyKey", UUID.randomUUID().toString(), "subject", "VIOLATION",
                "key", creditCode + ":violation:" + violationId, "sequence", sequence, "type", type,
                "occurredAt", "2026-11-30T08:00:00Z",
                "violation", map(
                        "organization", map("name", "浙江省智能制造协会", "creditCode", creditCode),
                        "authority", map("name", "浙江省市场监督管理局", "creditCode", AUTHORITY_CREDIT_CODE),
                        "rule", "《团体标准管理规定》第十九条：团体标准发布后应当自我声明公开",
                        "facts", "该团体 2026 年发布的 3 项团体标准未在全国团体标准信息平台自我声明公开。",
                        "source", "INSPECTION",
                        "decision", map("measure", "责令整改", "number", "浙市监标〔2026〕7号",
                                "text", "责令该团体于 2027 年 1 月 20 日前完成自我声明公开。",
                                "decidedOn", "2026-11-20", "rectificationDue", "2027-01-20"),
                        "publishedOn", "2026-11-25"));
    }

    /** A copy of {@code event} with the value at a dotted path replaced (null removes it). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> event, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(event);
        String[] parts = path.split("\\.");
        Map<String, Object> node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        if (value == null) {
            node.remove(parts[parts.length - 1]);
        } else {
            node.put(parts[parts.length - 1], value);
        }
        return copy;
    }

    /** The same event under a new idempotency key. */
    public static Map<String, Object> withNewKey(Map<String, Object> event) {
        return with(event, "idempotencyKey", UUID.randomUUID().toString());
    }

    public static String key(Map<String, Object> event) {
        return (String) event.get("idempotencyKey");
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
