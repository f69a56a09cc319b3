package cn.tuanbiao.notifications.domain;

import java.time.Instant;
import java.util.UUID;

/** An e-mail the relay gave up on (dead letter), as the organization's administrators see it. */
public record UndeliveredEmail(UUID id, String to, NotificationKind kind, int attempts, String lastError,
                               Instant createdAt) {
}
