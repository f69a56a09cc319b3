package cn.tuanbiao.appeals.api;

import cn.tuanbiao.appeals.api.CaseViews.TimelineView;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.service.ReferralService;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
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

import java.util.List;
import java.util.UUID;

/**
 * A supervisory authority's inbox of referred cases (SUP-2) over REST: its inspectors and
 * administrators list them, read one, and record their handling.
 */
@Controller("/api/organizations/{authorityId}/referrals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Referrals to supervisory authorities")
class ReferralsController {

    private final ReferralService referrals;

    ReferralsController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Get("{?status,offset,limit}")
    @Operation(summary = "Referrals received, newest first, optionally in one status")
    Page<ReferralView> list(Authentication auth, @PathVariable UUID authorityId,
                            @Nullable @QueryValue ReferralStatus status, @QueryValue(defaultValue = "0") int offset,
                            @QueryValue(defaultValue = "50") int limit) {
        Page<Referral> page = referrals.list(Caller.of(auth), new TenantId(authorityId), status,
                new PageRequest(offset, limit));
        return page.map(ReferralView::of);
    }

    @Get("/{id}")
    @Operation(summary = "A referral: the case as escalated (number, organization, kind, summary, outcome so far, "
            + "timeline) and the authority's handling")
    ReferralView get(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return ReferralView.of(referrals.get(Caller.of(auth), new TenantId(authorityId), id));
    }

    @Post("/{id}/handling")
    @Operation(summary = "Record the handling: RECEIVED, INVESTIGATING, CONCLUDED (with a finding), only forward; "
            + "the organization's case shows it")
    ReferralView record(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                        @Body HandlingRequest body) {
        return ReferralView.of(referrals.record(Caller.of(auth), new TenantId(authorityId), id, body.status(),
                body.finding()));
    }

    @Serdeable
    record HandlingRequest(@Nullable ReferralStatus status, @Nullable String finding) {
    }

    @Serdeable
    record ReferralView(String id, String caseNumber, String organizationName, String organizationCode,
                        CaseKind kind, String title, String description, @Nullable String complainantName,
                        @Nullable String complainantEmail, boolean anonymous, CaseStatus caseStatus,
                        @Nullable String scopeReason, @Nullable CaseOutcome outcome, @Nullable String outcomeReasons,
                        List<TimelineView> timeline, String escalationReason, String referredAt,
                        ReferralStatus status, @Nullable String finding, @Nullable String statusChangedAt) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.id().toString(), r.caseNumber(), r.organizationName(), r.organizationCode(),
                    r.kind(), r.title(), r.description(), r.complainantName(), r.complainantEmail(), r.anonymous(),
                    r.caseStatus(), r.scopeReason(), r.outcome(), r.outcomeReasons(),
                    r.timeline().stream().map(TimelineView::of).toList(), r.escalationReason(),
                    r.referredAt().toString(), r.status(), r.finding(), CaseViews.text(r.statusChangedAt()));
        }
    }
}
