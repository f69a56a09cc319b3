package cn.tuanbiao.users.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the platform-level {@code users} table. */
@MappedEntity("users")
public record UserEntity(
        @Id UUID id,
        String email,
        String displayName,
        @Nullable String passwordHash,
        @Nullable String platformRole,
        String status,
        String preferredLocale,
        Instant createdAt) {

    public UserEntity withPassword(String hash, String newStatus) {
        return new UserEntity(id, email, displayName, hash, platformRole, newStatus, preferredLocale, createdAt);
    }

    public UserEntity withDisplayName(String name) {
        return new UserEntity(id, email, name, passwordHash, platformRole, status, preferredLocale, createdAt);
    }

    public UserEntity withPreferredLocale(String locale) {
        return new UserEntity(id, email, displayName, passwordHash, platformRole, status, locale, createdAt);
    }
}
