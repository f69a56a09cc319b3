package cn.tuanbiao.registry.national.intake;

import io.micronaut.json.tree.JsonNode;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a declaration (PUB-1, PROTOCOL §5) and an organization's profile (§5a) must hold before the
 * registry publishes them. Field names in violations are paths in the event, e.g.
 * {@code declaration.standard.number}; messages use the platform's labels.
 */
final class ContentRules {

    /** {@code T/{code} {sequence}[.{part}]—{year}} (LC-4), with the em dash U+2014. */
    static final Pattern STANDARD_NUMBER = Pattern.compile("T/[A-Z][A-Z0-9]* [1-9]\\d*(\\.[1-9]\\d*)?\u2014(19|20)\\d{2}");
    static final Set<String> STATUSES = Set.of("现行", "废止", "被代替");
    private static final Pattern STANDARD_KEY = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}:[^\\s]{1,61}");
    /** A good-practice statement's key: {@code {creditCode}:statement:{year}} (PUB-2). */
    static final Pattern STATEMENT_KEY = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}:statement:(20\\d{2})");
    /** A violation's key: {@code {creditCode}:violation:{violationId}} (PUB-4), the credit code the violating organization's. */
    static final Pattern VIOLATION_KEY = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}:violation:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The measures a supervisor decides (处理措施), as the platform labels them. */
    static final Set<String> MEASURES = Set.of("责令整改", "警告", "通报批评", "责令废止团体标准");
    private static final String RECTIFICATION = "责令整改";
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern INDUSTRY_SECTION = Pattern.compile("[A-T]");
    private static final Set<String> KINDS = Set.of("ASSOCIATION", "SOCIETY", "CHAMBER", "ALLIANCE", "OTHER");
    private static final Set<String> SECTORS = Set.of("INDUSTRY", "SERVICES", "AGRICULTURE", "SOCIAL");

    private ContentRules() {
    }

    static Optional<FieldViolation> check(Event event) {
        if (!event.type().fits(event.subject())) {
            return Optional.of(new FieldViolation("type", switch (event.subject()) {
                case ORGANIZATION -> "团体的事件类型应为 PROFILE";
                case STATEMENT -> "良好行为声明的事件类型应为 STATED 或 UPDATED";
                case VIOLATION -> "违规处理的事件类型应为 DECIDED 或 UPDATED";
                case STANDARD -> "标准的事件类型不能为 PROFILE、STATED 或 DECIDED";
            }));
        }
        if (event.subject() == Subject.STANDARD && !STANDARD_KEY.matcher(event.key()).matches()) {
            return Optional.of(new FieldViolation("key", "标准的键应为“统一社会信用代码:标准标识”"));
        }
        JsonNode content = event.content();
        if (content == null || !content.isObject()) {
            return Optional.of(new FieldViolation(event.contentField(), switch (event.subject()) {
                case STANDARD -> "缺少自我声明（declaration）";
                case ORGANIZATION -> "缺少团体信息（profile）";
                case STATEMENT -> "缺少良好行为声明（statement）";
                case VIOLATION -> "缺少违规处理信息（violation）";
            }));
        }
        return switch (event.subject()) {
            case STANDARD -> declaration(event, content);
            case ORGANIZATION -> profile(event, content);
            case STATEMENT -> statement(event, content);
            case VIOLATION -> violation(event, content);
        };
    }

    /**
     * A supervisor's decision on a violation (PUB-4, PROTOCOL §5c): the organization it concerns (the
     * key's), the authority that decided, the rule broken and the facts, the measure with its decision
     * number and date, and when it was made public. An order to rectify has its deadline, after the
     * decision; the decision is made public on or after its date. A corrected notice (更正) says why and
     * when it was corrected, not before it was made public.
     */
    private static Optional<FieldViolation> violation(Event event, JsonNode violation) {
        Fields fields = new Fields(violation, "violation.")
                .creditCodeOf("organization.creditCode", event.organizationKey())
                .requiredText("organization.name", 200, "违规团体名称")
                .requiredText("authority.name", 200, "处理机关名称")
                .creditCode("authority.creditCode", "处理机关")
                .requiredText("rule", 500, "违反的规定")
                .requiredText("facts", 4000, "违规事实")
                .oneOf("decision.measure", MEASURES, "处理措施")
                .requiredText("decision.number", 60, "处理决定文号")
                .requiredText("decision.text", 4000, "处理决定")
                .date("decision.decidedOn", true, "决定日期")
                .date("decision.rectificationDue", false, "整改期限")
                .date("publishedOn", true, "公布日期");
        Optional<FieldViolation> found = fields.violation();
        if (found.isPresent()) {
            return found;
        }
        java.time.LocalDate decided = java.time.LocalDate.parse(fields.text("decision.decidedOn"));
        String due = fields.text("decision.rectificationDue");
        boolean rectification = RECTIFICATION.equals(fields.text("decision.measure"));
        fields.rule(!rectification || due != null, "decision.rectificationDue", "责令整改须写明整改期限")
                .rule(due == null || java.time.LocalDate.parse(due).isAfter(decided), "decision.rectificationDue",
                        "整改期限应晚于决定日期")
                .rule(!java.time.LocalDate.parse(fields.text("publishedOn")).isBefore(decided), "publishedOn",
                        "公布日期不能早于决定日期");
        return fields.violation().isPresent() ? fields.violation() : correction(fields);
    }

    /** A corrected notice's correction, when it has one: its reason (1–500) and day, not before the publication. */
    private static Optional<FieldViolation> correction(Fields fields) {
        JsonNode correction = fields.node("correction");
        if (correction == null || correction.isNull()) {
            return Optional.empty();
        }
        fields.requiredText("correction.reason", 500, "更正原因").date("correction.correctedOn", true, "更正日期");
        if (fields.violation().isPresent()) {
            return fields.violation();
        }
        java.time.LocalDate correctedOn = java.time.LocalDate.parse(fields.text("correction.correctedOn"));
        return fields.rule(!correctedOn.isBefore(java.time.LocalDate.parse(fields.text("publishedOn"))),
                "correction.correctedOn", "更正日期不能早于公布日期").violation();
    }

    /**
     * A good-practice statement (PUB-2, PROTOCOL §5b): the organization's self-evaluation of a year
     * against a scheme, its score and stars. The stars must follow from the score and the scheme's
     * thresholds, and a failed basic condition leaves no star whatever the score.
     */
    private static Optional<FieldViolation> statement(Event event, JsonNode statement) {
        java.util.regex.Matcher key = STATEMENT_KEY.matcher(event.key());
        int keyYear = key.matches() ? Integer.parseInt(key.group(1)) : -1;
        Fields fields = new Fields(statement, "statement.")
                .creditCodeOf("organization.creditCode", event.organizationKey())
                .requiredText("organization.name", 200, "团体名称")
                .numberBetween("year", 2000, 2099, 0, "评价年度")
                .requiredText("scheme.version", 32, "评价指标版本")
                .requiredText("scheme.title", 200, "评价指标名称")
                .numberBetween("scheme.thresholds.oneStar", 1, 100, 1, "一星分数线")
                .numberBetween("scheme.thresholds.twoStar", 1, 100, 1, "二星分数线")
                .numberBetween("scheme.thresholds.threeStar", 1, 100, 1, "三星分数线")
                .numberBetween("totalScore", 0, 100, 1, "自评总分")
                .numberBetween("stars", 0, 3, 0, "星级")
                .numberBetween("basicConditions.total", 0, 100, 0, "基本条件数")
                .array("basicConditions.failed", "未满足的基本条件")
                .date("statedOn", true, "声明日期")
                .isTrue("commitments.truthful", "须承诺自我评价结果真实、准确");
        Optional<FieldViolation> found = fields.violation();
        if (found.isPresent()) {
            return found;
        }
        java.math.BigDecimal year = fields.number("year");
        fields.rule(year.intValue() == keyYear, "year", "评价年度与声明的键（" + event.key() + "）不一致");
        java.math.BigDecimal one = fields.number("scheme.thresholds.oneStar");
        java.math.BigDecimal two = fields.number("scheme.thresholds.twoStar");
        java.math.BigDecimal three = fields.number("scheme.thresholds.threeStar");
        fields.rule(one.compareTo(two) < 0 && two.compareTo(three) < 0, "scheme.thresholds",
                "星级分数线应逐级升高（一星 < 二星 < 三星）");
        java.math.BigDecimal total = fields.number("totalScore");
        int stars = fields.number("stars").intValue();
        boolean failed = fields.node("basicConditions.failed").size() > 0;
        int expected = failed ? 0 : total.compareTo(three) >= 0 ? 3 : total.compareTo(two) >= 0 ? 2
                : total.compareTo(one) >= 0 ? 1 : 0;
        fields.rule(stars == expected, "stars", failed
                ? "有基本条件未满足时不能评定星级"
                : "星级与自评总分 " + total.toPlainString() + " 和分数线不符，应为 " + expected + " 星");
        return fields.violation();
    }

    private static Optional<FieldViolation> declaration(Event event, JsonNode declaration) {
        Fields fields = new Fields(declaration, "declaration.")
                .creditCodeOf("organization.creditCode", event.organizationKey())
                .optionalText("organization.name", 200, "团体名称")
                .requiredText("standard.title", 500, "标准名称")
                .optionalText("standard.titleEn", 500, "英文名称")
                .matching("standard.number", STANDARD_NUMBER, "标准编号", "“T/ZJZZ 13—2026”或“T/ZJZZ 13.2—2026”（破折号为“—”）")
                .date("standard.publishedOn", true, "发布日期")
                .date("standard.inForceFrom", false, "实施日期")
                .optionalText("standard.scope", 4000, "范围")
                .optionalText("standard.ics", 32, "ICS 分类号")
                .optionalText("standard.ccs", 32, "CCS 分类号")
                .oneOf("status", STATUSES, "状态")
                .isTrue("commitments.lawfulAndTrue", "须对公开信息的合法性与真实性进行自我承诺")
                .isTrue("commitments.compliant", "须承诺符合法律法规和强制性标准的要求、符合国家产业政策");
        String status = fields.text("status");
        fields.rule(event.type() != EventType.WITHDRAWN || "废止".equals(status), "status", "废止事件的状态应为“废止”")
                .rule(event.type() != EventType.REPLACED || "被代替".equals(status), "status", "被代替事件的状态应为“被代替”");
        Optional<FieldViolation> found = fields.violation();
        if (found.isPresent()) {
            return found;
        }
        Fields envelope = new Fields(event.node(), "");
        if (event.type() == EventType.REVISED) {
            String replaces = envelope.text("replaces");
            envelope.rule(replaces != null && STANDARD_KEY.matcher(replaces).matches(), "replaces",
                    "修订事件须写明所修订标准的键（replaces）");
        }
        if (event.type() == EventType.AMENDED) {
            envelope.requiredText("amendment.number", 60, "修改单编号");
        }
        return envelope.violation();
    }

    private static Optional<FieldViolation> profile(Event event, JsonNode profile) {
        return new Fields(profile, "profile.")
                .creditCodeOf("creditCode", event.key())
                .requiredText("name", 200, "团体名称")
                .oneOf("kind", KINDS, "团体类型")
                .matching("regionCode", REGION_CODE, "行政区划代码", "“330100”（GB/T 2260，六位数字）")
                .matching("industrySection", INDUSTRY_SECTION, "国民经济行业门类", "“C”（GB/T 4754，A–T 中的一个字母）")
                .oneOf("sector", SECTORS, "领域")
                .date("registeredOn", true, "注册日期")
                .violation();
    }
}
