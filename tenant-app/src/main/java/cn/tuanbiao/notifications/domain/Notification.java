package cn.tuanbiao.notifications.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One notification in a person's inbox. */
public record Notification(UUID id, NotificationKind kind, SubjectLink subject, Map<String, String> params,
                           Instant createdAt, Instant readAt) {

    public Notification {
        params = Map.copyOf(params);
    }

    public boolean unread() {
        return readAt == null;
    }
}
