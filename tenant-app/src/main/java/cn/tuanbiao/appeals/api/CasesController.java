package cn.tuanbiao.appeals.api;

import cn.tuanbiao.appeals.api.CaseViews.AuthorityView;
import cn.tuanbiao.appeals.api.CaseViews.CaseDetailView;
import cn.tuanbiao.appeals.api.CaseViews.CaseView;
import cn.tuanbiao.appeals.api.CaseViews.EscalationRequest;
import cn.tuanbiao.appeals.api.CaseViews.StepView;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseFilter;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.Parts;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Appeals, complaints and disputes (PART-6) over REST, with the same service and rules as the UI:
 * file, list (kind, status, overdue), read with steps and timeline; the coordination body
 * acknowledges, decides the scope, records handling steps, the outcome, closes; the complainant
 * escalates to a supervisory authority (SUP-2).
 */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Appeals, complaints and disputes")
class CasesController {

    private final CaseService cases;

    CasesController(CaseService cases) {
        this.cases = cases;
    }

    @Post("/cases")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "File an appeal (naming the decision contested), a complaint or a dispute (naming the other "
            + "party); it is numbered at once, with its deadlines, and the secretariat is told")
    CaseView file(Authentication auth, @PathVariable UUID organizationId, @Body FilingRequest body) {
        return view(cases.file(Caller.of(auth), new TenantId(organizationId), new CaseFiling(body.kind(), body.title(),
                body.description(), body.standard() == null ? null : new StandardId(body.standard()),
                body.contestedDecision(), body.otherParty())));
    }

    @Get("/cases{?kind,status,overdue,offset,limit}")
    @Operation(summary = "Cases, newest first: all for the secretariat and administrators, else the caller's own; "
            + "filtered by kind, status, or overdue=true for those past the time limit they wait on")
    Page<CaseView> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue CaseKind kind,
                        @Nullable @QueryValue CaseStatus status, @Nullable @QueryValue Boolean overdue,
                        @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Case> page = cases.list(Caller.of(auth), new TenantId(organizationId),
                new CaseFilter(kind, status, Boolean.TRUE.equals(overdue)), new PageRequest(offset, limit));
        return page.map(this::view);
    }

    @Get("/cases/{id}")
    @Operation(summary = "The case with its deadlines, handling steps in order and timeline")
    CaseDetailView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return CaseDetailView.of(cases.get(Caller.of(auth), new TenantId(organizationId), new CaseId(id)), cases.today());
    }

    @Post("/cases/{id}/acknowledgement")
    @Operation(summary = "Acknowledge the receipt to the complainant (secretariat)")
    CaseView acknowledge(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return view(cases.acknowledge(Caller.of(auth), new TenantId(organizationId), new CaseId(id)));
    }

    @Post("/cases/{id}/scope-decision")
    @Operation(summary = "Decide the scope (secretariat): withinScope=true accepts the case, false rejects it as out "
            + "of scope, which needs a reason")
    CaseView decideScope(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body ScopeRequest body) {
        return view(cases.decideScope(Caller.of(auth), new TenantId(organizationId), new CaseId(id),
                Boolean.TRUE.equals(body.withinScope()), body.reason()));
    }

    @Post("/cases/{id}/steps")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record the next handling step of an accepted case (secretariat): NEGOTIATION, MEDIATION, "
            + "ARBITRATION in that order, never back; heldOn is a date (2026-03-18), not in the future")
    StepView addStep(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                     @Body StepRequest body) {
        return StepView.of(cases.addStep(Caller.of(auth), new TenantId(organizationId), new CaseId(id),
                new StepDraft(body.kind(), Parts.date("heldOn", body.heldOn()), body.participants(), body.summary())));
    }

    @Post("/cases/{id}/outcome")
    @Operation(summary = "Record the outcome of an accepted case with its reasons (secretariat): UPHELD, "
            + "PARTLY_UPHELD, DISMISSED, or SETTLED after a negotiation or mediation")
    CaseView decide(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                    @Body OutcomeRequest body) {
        return view(cases.decide(Caller.of(auth), new TenantId(organizationId), new CaseId(id), body.outcome(),
                body.reasons()));
    }

    @Post("/cases/{id}/closure")
    @Operation(summary = "Close a decided case, or one rejected as out of scope (secretariat)")
    CaseView close(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return view(cases.close(Caller.of(auth), new TenantId(organizationId), new CaseId(id)));
    }

    @Get("/cases/{id}/authorities")
    @Operation(summary = "The supervisory authorities covering the organization's region, most local first")
    List<AuthorityView> authorities(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return cases.authorities(Caller.of(auth), new TenantId(organizationId), new CaseId(id)).stream()
                .map(AuthorityView::of).toList();
    }

    @Post("/cases/{id}/escalation")
    @Operation(summary = "Escalate the case to a supervisory authority (the complainant, once the case is closed, "
            + "decided, rejected or overdue); authority may be left out when only one covers the region")
    CaseView escalate(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                      @Body EscalationRequest body) {
        return view(cases.escalate(Caller.of(auth), new TenantId(organizationId), new CaseId(id),
                body.authority() == null ? null : new TenantId(body.authority()), body.reason()));
    }

    @Get("/case-time-limits")
    @Operation(summary = "The organization's time limits for cases, in calendar days from receipt")
    TimeLimitsView timeLimits(Authentication auth, @PathVariable UUID organizationId) {
        return TimeLimitsView.of(cases.timeLimits(Caller.of(auth), new TenantId(organizationId)));
    }

    @Put("/case-time-limits")
    @Operation(summary = "Set the time limits for cases received from now on (secretariat, administrators)")
    TimeLimitsView setTimeLimits(Authentication auth, @PathVariable UUID organizationId, @Body TimeLimitsView body) {
        return TimeLimitsView.of(cases.setTimeLimits(Caller.of(auth), new TenantId(organizationId), new TimeLimits(
                body.acknowledgeDays(), body.scopeDays(), body.concludeDays())));
    }

    private CaseView view(Case c) {
        return CaseView.of(c, cases.today());
    }

    @Serdeable
    record FilingRequest(@Nullable CaseKind kind, @Nullable String title, @Nullable String description,
                         @Nullable UUID standard, @Nullable ContestedDecision contestedDecision,
                         @Nullable String otherParty) {
    }

    @Serdeable
    record ScopeRequest(@Nullable Boolean withinScope, @Nullable String reason) {
    }

    @Serdeable
    record StepRequest(@Nullable HandlingStepKind kind, @Nullable String heldOn, @Nullable String participants,
                       @Nullable String summary) {
    }

    @Serdeable
    record OutcomeRequest(@Nullable CaseOutcome outcome, @Nullable String reasons) {
    }

    @Serdeable
    record TimeLimitsView(int acknowledgeDays, int scopeDays, int concludeDays) {

        static TimeLimitsView of(TimeLimits t) {
            return new TimeLimitsView(t.acknowledgeDays(), t.scopeDays(), t.concludeDays());
        }
    }
}
