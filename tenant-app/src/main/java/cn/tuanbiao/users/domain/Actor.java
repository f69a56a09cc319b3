package cn.tuanbiao.users.domain;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Arrays;
import java.util.Set;

/**
 * A person acting inside one organization, with the roles the organization's own records
 * give them. Only {@code AccessControl} creates actors, after reading the membership under
 * that organization's tenant.
 */
public record Actor(PersonId person, TenantId tenant, Set<OrganizationRole> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(OrganizationRole role) {
        return roles.contains(role);
    }

    /** Refuses unless the actor holds at least one of {@code allowed}. */
    public Actor requireAnyOf(OrganizationRole... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw new AccessDeniedException("access.roleRequired");
        }
        return this;
    }
}
