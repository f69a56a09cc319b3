package cn.tuanbiao.organizations.domain;

/** The kinds of tenant the platform hosts (ORG-1). */
public enum OrganizationKind {
    /** 协会 */
    ASSOCIATION,
    /** 学会 */
    SOCIETY,
    /** 商会 */
    CHAMBER_OF_COMMERCE,
    /** 联盟: a federation of standards organizations */
    ALLIANCE,
    /** 创新基地 */
    INNOVATION_BASE,
    /** 区域（行业）中心 of an innovation base */
    INNOVATION_CENTRE,
    /** 标准化行政主管部门 / 市场监管部门 */
    SUPERVISORY_AUTHORITY,
    /** 平台运营方 */
    PLATFORM_OPERATOR;

    /** Kinds that set group standards and so number and publish them. */
    public boolean setsStandards() {
        return this == ASSOCIATION || this == SOCIETY || this == CHAMBER_OF_COMMERCE
                || this == ALLIANCE || this == INNOVATION_BASE || this == INNOVATION_CENTRE;
    }
}
