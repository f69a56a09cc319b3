package cn.tuanbiao.chambers.domain;

/**
 * What a chamber charges a fee for (收费用途, SUP-3). The last two are standard-setting itself — a
 * chamber may not charge for them: they exist so that a declaration naming them is refused with the
 * rule, rather than filed under "other".
 */
public enum FeePurpose {
    /** 会费 */
    MEMBERSHIP_DUES,
    /** 培训服务 */
    TRAINING,
    /** 标准文本印刷、出版发行 */
    PUBLICATION,
    /** 技术咨询服务 */
    CONSULTING,
    /** 检验检测、认证服务 */
    TESTING_CERTIFICATION,
    /** 其他 */
    OTHER,
    /** 标准立项、起草、审查、批准、发布 */
    STANDARD_SETTING,
    /** 参编、署名 */
    DRAFTING_PARTICIPATION;

    /** Whether a fee for this is charged in the name of standardization, which SUP-3 forbids a chamber. */
    public boolean inNameOfStandardization() {
        return this == STANDARD_SETTING || this == DRAFTING_PARTICIPATION;
    }
}
