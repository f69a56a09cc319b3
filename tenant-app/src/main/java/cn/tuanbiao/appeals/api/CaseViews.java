package cn.tuanbiao.appeals.api;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseDetail;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.Escalation;
import cn.tuanbiao.appeals.domain.HandlingStep;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.TimeLimit;
import cn.tuanbiao.appeals.domain.TimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How cases, their steps, timeline and escalation read as JSON (PART-6), for members and the public alike. */
final class CaseViews {

    private CaseViews() {
    }

    @Serdeable
    record ComplainantView(@Nullable String name, @Nullable String email, @Nullable String unit, boolean member,
                           boolean anonymous) {
    }

    @Serdeable
    record EscalationView(String authority, @Nullable String authorityName, String referral, String escalatedAt,
                          String reason, @Nullable ReferralStatus referralStatus, @Nullable String finding,
                          @Nullable String statusChangedAt) {

        static EscalationView of(Escalation e) {
            return e == null ? null : new EscalationView(e.authority().toString(), e.authorityName(),
                    e.referral().toString(), e.escalatedAt().toString(), e.reason(), e.status(), e.finding(),
                    text(e.statusAt()));
        }
    }

    @Serdeable
    record CaseView(String id, String number, CaseKind kind, CaseStatus status, String title, String description,
                    @Nullable String standard, @Nullable String standardTitle,
                    @Nullable ContestedDecision contestedDecision, @Nullable String otherParty,
                    ComplainantView complainant, String receivedAt, LocalDate acknowledgeBy, LocalDate scopeBy,
                    LocalDate concludeBy, @Nullable TimeLimit pendingLimit, @Nullable LocalDate nextDeadline,
                    boolean overdue, @Nullable String acknowledgedAt, @Nullable String scopeDecidedAt,
                    @Nullable String scopeReason, @Nullable CaseOutcome outcome, @Nullable String outcomeReasons,
                    @Nullable String decidedAt, @Nullable String closedAt, @Nullable EscalationView escalation) {

        static CaseView of(Case c, LocalDate today) {
            var who = c.complainant();
            var p = c.progress();
            return new CaseView(c.id().toString(), c.number(), c.kind(), c.status(), c.filing().title(),
                    c.filing().description(), c.filing().standard() == null ? null : c.filing().standard().toString(),
                    c.standardTitle(), c.filing().contestedDecision(), c.filing().otherParty(),
                    new ComplainantView(who.name(), who.email(), who.unit(), who.isMember(), who.anonymous()),
                    c.receivedAt().toString(), c.deadlines().acknowledgeBy(), c.deadlines().scopeBy(),
                    c.deadlines().concludeBy(), c.pendingLimit(), c.nextDeadline(), c.overdue(today),
                    text(p.acknowledgedAt()), text(p.scopeDecidedAt()), p.scopeReason(), p.outcome(),
                    p.outcomeReasons(), text(p.decidedAt()), text(p.closedAt()), EscalationView.of(p.escalation()));
        }
    }

    @Serdeable
    record StepView(int position, HandlingStepKind kind, LocalDate heldOn, String participants, String summary,
                    String recordedAt) {

        static StepView of(HandlingStep s) {
            return new StepView(s.position(), s.kind(), s.heldOn(), s.participants(), s.summary(),
                    s.recordedAt().toString());
        }
    }

    @Serdeable
    record TimelineView(String at, String action, @Nullable String actor, @Nullable String reason) {

        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.at().toString(), e.action(), e.actor(), e.reason());
        }
    }

    @Serdeable
    record CaseDetailView(CaseView theCase, List<StepView> steps, List<TimelineView> timeline) {

        static CaseDetailView of(CaseDetail d, LocalDate today) {
            return new CaseDetailView(CaseView.of(d.theCase(), today), d.steps().stream().map(StepView::of).toList(),
                    d.timeline().stream().map(TimelineView::of).toList());
        }
    }

    @Serdeable
    record AuthorityView(String id, String name, String regionCode) {

        static AuthorityView of(Authority a) {
            return new AuthorityView(a.id().toString(), a.nameZh(), a.regionCode());
        }
    }

    @Serdeable
    record EscalationRequest(@Nullable java.util.UUID authority, @Nullable String reason) {
    }

    static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
