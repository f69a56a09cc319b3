package cn.tuanbiao.notifications.domain;

import java.util.UUID;

/** An e-mail as the recipient will read it; {@code outboxId} becomes its Message-ID, so receivers can dedupe. */
public record Email(UUID outboxId, String to, String toName, String subject, String body) {
}
