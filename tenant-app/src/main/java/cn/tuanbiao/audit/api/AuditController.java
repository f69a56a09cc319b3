package cn.tuanbiao.audit.api;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.domain.ChainVerification;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organization's append-only, hash-chained audit log (AUD-1) over REST. */
@Controller("/api/organizations/{organizationId}/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Audit log")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Get("{?subjectType,subjectId,offset,limit}")
    @Operation(summary = "Events, newest first: one subject's history (anyone with a role), or the whole log "
            + "(administrators and secretariat), optionally of one subject type")
    Page<EventView> events(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue String subjectType,
                           @Nullable @QueryValue UUID subjectId, @QueryValue(defaultValue = "0") int offset,
                           @QueryValue(defaultValue = "50") int limit) {
        TenantId tenant = new TenantId(organizationId);
        PageRequest page = new PageRequest(offset, limit);
        Page<AuditEvent> events = subjectId != null && subjectType != null
                ? log.history(Caller.of(auth), tenant, subjectType, subjectId, page)
                : log.events(Caller.of(auth), tenant, subjectType, page);
        return events.map(EventView::of);
    }

    @Get("/verification")
    @Operation(summary = "Walk the organization's chain from its first event and report every broken link")
    VerificationView verify(Authentication auth, @PathVariable UUID organizationId) {
        return VerificationView.of(log.verify(Caller.of(auth), new TenantId(organizationId)));
    }

    @Serdeable
    record EventView(long sequence, String recordedAt, String actorId, @Nullable String actorName, String subjectType,
                     String subjectId, String action, @Nullable String reason, Map<String, String> details,
                     String previousHash, String hash) {

        static EventView of(AuditEvent e) {
            return new EventView(e.sequence(), e.recordedAt().toString(), e.actor().toString(), e.actorName(),
                    e.subjectType(), e.subjectId().toString(), e.action(), e.reason(), e.details(), e.previousHash(),
                    e.hash());
        }
    }

    @Serdeable
    record VerificationView(String organizationCode, long eventsChecked, boolean intact, List<BreakView> breaks) {

        static VerificationView of(ChainVerification v) {
            return new VerificationView(v.organizationCode(), v.eventsChecked(), v.intact(),
                    v.breaks().stream().map(b -> new BreakView(b.sequence(), b.problem().name())).toList());
        }
    }

    @Serdeable
    record BreakView(long sequence, String problem) {
    }
}
