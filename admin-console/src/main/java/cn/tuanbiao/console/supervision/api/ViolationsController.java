package cn.tuanbiao.console.supervision.api;

import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.DecisionCorrection;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.SourceKind;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationSource;
import cn.tuanbiao.violations.domain.ViolationStatus;
import cn.tuanbiao.violations.service.Violations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Violations and their handling over REST (PUB-4): record a case, decide it, publish the decision
 * through the national registry, correct a published decision, and read the cases with each published
 * decision's sync state.
 */
@Controller("/api/organizations/{authorityId}/violations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Violations")
class ViolationsController {

    private final Violations violations;

    ViolationsController(Violations violations) {
        this.violations = violations;
    }

    @Serdeable
    record RecordRequest(@Nullable String organizationCode, @Nullable String rule, @Nullable String facts,
                         @Nullable SourceKind sourceKind, @Nullable UUID sourceId) {
    }

    @Serdeable
    record DecisionRequest(@Nullable ViolationMeasure measure, @Nullable String number, @Nullable String text,
                           @Nullable LocalDate decidedOn, @Nullable LocalDate rectificationDue) {
    }

    @Serdeable
    record CorrectionRequest(@Nullable ViolationMeasure measure, @Nullable String number, @Nullable String text,
                             @Nullable LocalDate decidedOn, @Nullable LocalDate rectificationDue,
                             @Nullable String reason) {
    }

    @Serdeable
    record SyncView(int sequence, String type, String state, Instant createdAt, UUID receipt, String errorField,
                    String errorMessage) {

        static SyncView of(RegistryChange c) {
            return new SyncView(c.sequence(), c.type().name(), c.state().name(), c.createdAt(), c.receipt(),
                    c.errorField(), c.errorMessage());
        }
    }

    @Serdeable
    record ViolationView(UUID id, String organizationCode, String organizationName, String organizationCreditCode,
                         String rule, String facts, SourceKind sourceKind, String sourceLabel, ViolationStatus status,
                         ViolationMeasure measure, String decisionNumber, String decisionText, LocalDate decidedOn,
                         LocalDate rectificationDue, LocalDate publishedOn, int corrections, Instant recordedAt,
                         List<SyncView> sync) {

        static ViolationView of(ViolationRow row) {
            Violation v = row.violation();
            Violation.Decision d = v.decision();
            return new ViolationView(v.id(), v.organization().code(), v.organization().name(),
                    v.organization().creditCode(), v.rule(), v.facts(), v.source().kind(), v.source().label(), v.status(),
                    d == null ? null : d.measure(), d == null ? null : d.number(), d == null ? null : d.text(),
                    d == null ? null : d.decidedOn(), d == null ? null : d.rectificationDue(), v.publishedOn(),
                    v.corrections(), v.recordedAt(), row.sync().stream().map(SyncView::of).toList());
        }
    }

    @Serdeable
    record SourceView(SourceKind kind, UUID id, String label) {
    }

    @Get("{?status,offset,limit}")
    @Operation(summary = "The authority's violation cases, newest first, with each published decision's sync state")
    Page<ViolationView> list(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue ViolationStatus status,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<ViolationRow> page = violations.list(Caller.of(auth), new TenantId(authorityId), null, status,
                new PageRequest(offset, limit));
        return page.map(ViolationView::of);
    }

    @Post
    @Operation(summary = "Records a violation case against an organization of the jurisdiction (by its code)")
    HttpResponse<ViolationView> record(Authentication auth, @PathVariable UUID authorityId, @Body RecordRequest request) {
        TenantId authority = new TenantId(authorityId);
        Violation recorded = violations.record(Caller.of(auth), authority, new ViolationDraft(request.organizationCode(),
                request.rule(), request.facts(), request.sourceKind(), request.sourceId()));
        return HttpResponse.created(ViolationView.of(violations.get(Caller.of(auth), authority, recorded.id())));
    }

    @Get("/{id}")
    ViolationView get(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return ViolationView.of(violations.get(Caller.of(auth), new TenantId(authorityId), id));
    }

    @Get("/sources/{organization}")
    @Operation(summary = "The referrals and inspection findings a case against the organization (by code) may come from")
    List<SourceView> sources(Authentication auth, @PathVariable UUID authorityId, @PathVariable String organization) {
        return violations.sources(Caller.of(auth), new TenantId(authorityId), organization).stream()
                .map((ViolationSource s) -> new SourceView(s.kind(), s.id(), s.label())).toList();
    }

    @Post("/{id}/decision")
    @Operation(summary = "Decides the case (处理决定): measure, number, text, date, rectification deadline")
    ViolationView decide(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                         @Body DecisionRequest request) {
        TenantId authority = new TenantId(authorityId);
        violations.decide(Caller.of(auth), authority, id, new DecisionDraft(request.measure(), request.number(),
                request.text(), request.decidedOn(), request.rectificationDue()));
        return ViolationView.of(violations.get(Caller.of(auth), authority, id));
    }

    @Post("/{id}/publication")
    @Operation(summary = "Publishes the decision through the national registry (refused before it is decided, PUB-4)")
    ViolationView publish(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return ViolationView.of(violations.publish(Caller.of(auth), new TenantId(authorityId), id));
    }

    @Post("/{id}/correction")
    @Operation(summary = "Corrects the published decision with its reason (更正): the registry shows the correction "
            + "and keeps the earlier version; refused before publication and when nothing changes (PUB-4)")
    ViolationView correct(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                          @Body CorrectionRequest request) {
        return ViolationView.of(violations.correct(Caller.of(auth), new TenantId(authorityId), id,
                DecisionCorrection.of(request.measure(), request.number(), request.text(), request.decidedOn(),
                        request.rectificationDue(), request.reason())));
    }
}
