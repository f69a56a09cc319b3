package cn.tuanbiao.organizations.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the platform-level {@code organizations} table. */
@MappedEntity("organizations")
public record OrganizationEntity(
        @Id UUID id,
        String kind,
        String nameZh,
        @Nullable String nameEn,
        String code,
        String creditCode,
        String registrationAuthority,
        String businessScope,
        String regionCode,
        String industryCode,
        String contactName,
        String contactPhone,
        String contactEmail,
        String status,
        Instant createdAt) {
}
