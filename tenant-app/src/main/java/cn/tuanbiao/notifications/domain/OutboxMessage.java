package cn.tuanbiao.notifications.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.util.Map;
import java.util.UUID;

/** A claimed outbox row: whose it is, what to deliver, and how many attempts it has had (this one included). */
public record OutboxMessage(TenantId tenant, UUID id, Map<String, Object> payload, int attempts) {

    public OutboxMessage {
        payload = Map.copyOf(payload);
    }
}
