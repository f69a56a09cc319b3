package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for a report: a person acting for an organization (a supervisory authority, an
 * alliance), or a platform operator. A request, not a permission: the service checks it.
 */
public record Viewpoint(PersonId person, Optional<TenantId> organization) {

    public Viewpoint {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
    }

    public static Viewpoint of(PersonId person, TenantId organization) {
        return new Viewpoint(person, Optional.of(organization));
    }

    public static Viewpoint operator(PersonId person) {
        return new Viewpoint(person, Optional.empty());
    }
}
