package cn.tuanbiao.organizations.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** An alliance membership or an innovation-base centre, with its history (and why a member left, SUP-1). */
@MappedEntity("organization_links")
public record OrganizationLinkEntity(
        @Id UUID id,
        UUID parentId,
        UUID childId,
        String linkKind,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable String leftReason) {
}
