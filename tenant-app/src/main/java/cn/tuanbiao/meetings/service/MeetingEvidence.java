package cn.tuanbiao.meetings.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.DocumentRegister;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.persistence.MeetingStore;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.MeetingDecisions;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting's decision as the evidence of a lifecycle step (PART-3): only a decision taken in a
 * meeting that was held with a quorum, for that very standard and step, used once; consensus of
 * a technical review also needs the review minutes attached (LC-5). The lifecycle calls this in
 * its own transaction, so a refused step leaves the decision unused.
 */
@Singleton
public class MeetingEvidence implements MeetingDecisions {

    private final MeetingStore meetings;
    private final DocumentRegister documents;
    private final AuditTrail audit;
    private final Clock clock;

    public MeetingEvidence(MeetingStore meetings, DocumentRegister documents, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Offer> offeredFor(UUID standard, DecisionStep step) {
        return meetings.usableFor(new StandardId(standard), step).stream()
                .map(d -> new Offer(d.id(), d.reference(), d.text(), d.meetingTitle(), d.meetingStartsAt()))
                .toList();
    }

    @Override
    public String useAsEvidence(TenantId tenant, UUID decisionId, UUID standard, DecisionStep step, PersonId by) {
        MeetingDecision decision = meetings.lockDecision(decisionId)
                .orElseThrow(() -> new LifecycleRefusal("PART-3", "meetings.evidence.notFound"));
        Meeting meeting = meetings.find(decision.meeting()).orElseThrow();
        if (meeting.status() != MeetingStatus.HELD) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.notHeld");
        }
        if (!meeting.quorate()) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.noQuorum", meeting.quorum().present(),
                    meeting.quorum().seats(), meeting.quorum().needed());
        }
        if (decision.standard() == null || !decision.standard().value().equals(standard)) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.otherStandard");
        }
        if (decision.enables() != step) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.otherStep");
        }
        if (decision.usedAsEvidence()) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.alreadyUsed");
        }
        if (step == DecisionStep.TECHNICAL_REVIEW_CONSENSUS
                && !documents.kindsPresent(MeetingService.SUBJECT, meeting.id().value())
                .contains(DocumentKind.REVIEW_MINUTES)) {
            throw new LifecycleRefusal("PART-3", "meetings.evidence.minutesMissing");
        }
        meetings.markUsedAsEvidence(decisionId, by, clock.instant());
        audit.record(new AuditEntry(tenant, by, MeetingService.SUBJECT, meeting.id().value(),
                "DECISION_USED_AS_EVIDENCE", null, Map.of("reference", decision.reference(), "standard",
                standard.toString(), "step", step.name())));
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), StandardService.CHINA);
        return decision.reference() + " " + decision.text() + "（" + meeting.title() + "，" + day + "）";
    }
}
