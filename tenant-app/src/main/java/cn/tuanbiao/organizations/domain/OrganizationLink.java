package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One period of one organization belonging to another, as the operator sees it: who joined whom, as
 * what, from when, and until when ({@code leftOn} null while it lasts).
 */
public record OrganizationLink(UUID id, OrganizationLinkKind kind, Side parent, Side child, LocalDate joinedOn,
                               LocalDate leftOn) {

    /** An organization on one side of the link. */
    public record Side(TenantId id, String code, String nameZh) {
    }

    public boolean current() {
        return leftOn == null;
    }

    /** The organization on the other side from {@code organization}. */
    public Side other(TenantId organization) {
        return parent.id().equals(organization) ? child : parent;
    }
}
