package cn.tuanbiao.organizations.domain;

/**
 * How one organization belongs to another: a member of an alliance (SUP-1) or a regional or industry
 * centre of an innovation base (SUP-5). Each kind says which organizations may stand on either side.
 */
public enum OrganizationLinkKind {
    /** 联盟成员: an organization that sets group standards joins an alliance. */
    ALLIANCE_MEMBER("SUP-1", OrganizationKind.ALLIANCE),
    /** 创新基地的区域（行业）中心. */
    INNOVATION_CENTRE("SUP-5", OrganizationKind.INNOVATION_BASE);

    private final String requirement;
    private final OrganizationKind parentKind;

    OrganizationLinkKind(String requirement, OrganizationKind parentKind) {
        this.requirement = requirement;
        this.parentKind = parentKind;
    }

    /** The requirement a refusal of this kind of link cites. */
    public String requirement() {
        return requirement;
    }

    /** The kind the organization joined must be. */
    public OrganizationKind parentKind() {
        return parentKind;
    }

    /** Whether an organization of {@code kind} may join as the child of this link. */
    public boolean admitsChild(OrganizationKind kind) {
        return switch (this) {
            case ALLIANCE_MEMBER -> kind.setsStandards() && kind != OrganizationKind.ALLIANCE
                    && kind != OrganizationKind.INNOVATION_CENTRE;
            case INNOVATION_CENTRE -> kind == OrganizationKind.INNOVATION_CENTRE;
        };
    }
}
