package cn.tuanbiao.audit.domain;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One fact for the organization's append-only, hash-chained audit log (AUD-1): who did what to
 * which subject, why, and the details that matter (e.g. the stage left and entered, the
 * document's SHA-256). The time and the chain position are added when it is recorded.
 *
 * @param subjectType what kind of thing was acted on, e.g. {@code STANDARD}, {@code MEMBERSHIP}
 * @param action      what happened, e.g. {@code PROJECT_APPROVED}, {@code ROLES_CHANGED}
 * @param reason      the reason given by the actor, or null
 */
public record AuditEntry(TenantId tenant, PersonId actor, String subjectType, UUID subjectId, String action,
                         String reason, Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
