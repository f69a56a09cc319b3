package cn.tuanbiao.users.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An invitation not yet accepted, as administrators see it. */
public record PendingInvitation(UUID id, String email, String displayName, Set<OrganizationRole> roles,
                                Instant createdAt, Instant expiresAt) {
}
