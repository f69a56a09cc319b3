package cn.tuanbiao.bodies.domain;

/** The concrete bodies of ORG-3, each of one {@link BodyKind}. */
public enum BodyType {
    /** 理事会 */
    COUNCIL(BodyKind.DECISION),
    /** 常务理事会 */
    STANDING_COUNCIL(BodyKind.DECISION),
    /** 会员大会 */
    MEMBERS_ASSEMBLY(BodyKind.DECISION),
    /** 秘书处 */
    SECRETARIAT(BodyKind.COORDINATION),
    /** 标准化管理委员会 */
    STANDARDS_MANAGEMENT_COMMITTEE(BodyKind.COORDINATION),
    /** 标准工作组 */
    WORKING_GROUP(BodyKind.DRAFTING),
    /** 技术委员会 */
    TECHNICAL_COMMITTEE(BodyKind.DRAFTING),
    /** 专业委员会 */
    SPECIAL_COMMITTEE(BodyKind.DRAFTING);

    private final BodyKind kind;

    BodyType(BodyKind kind) {
        this.kind = kind;
    }

    public BodyKind kind() {
        return kind;
    }
}
