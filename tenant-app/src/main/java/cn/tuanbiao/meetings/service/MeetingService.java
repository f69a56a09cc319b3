package cn.tuanbiao.meetings.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.persistence.BodyStore;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.AttendanceSheet;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingDetail;
import cn.tuanbiao.meetings.domain.MeetingFilter;
import cn.tuanbiao.meetings.domain.MeetingId;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.persistence.MeetingStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Meetings of the organization's bodies (PART-3). The secretariat convenes a meeting of a body,
 * inviting its seat holders and named others, postpones or cancels it with a reason; once it has
 * started, records who attended, which shows whether it had a quorum; then attaches the minutes
 * as an immutable document (LC-5) and records the decisions, each numbered in the organization's
 * decision series (LC-4) and, where it enables a lifecycle step, linked to the standard. Everyone
 * with a role in the organization reads meetings. Every step lands in the audit log (AUD-1).
 */
@Singleton
public class MeetingService {

    public static final String SUBJECT = "MEETING";

    private final AccessControl access;
    private final Notifications notifications;
    private final MeetingStore meetings;
    private final BodyStore bodies;
    private final MembershipStore memberships;
    private final StandardLookup standards;
    private final DocumentService documents;
    private final DocumentNumbering numbering;
    private final AuditTrail audit;
    private final Clock clock;

    public MeetingService(AccessControl access, MeetingStore meetings, BodyStore bodies, MembershipStore memberships,
                          StandardLookup standards, DocumentService documents, DocumentNumbering numbering,
                          AuditTrail audit, Notifications notifications, Clock clock) {
        this.access = access;
        this.notifications = notifications;
        this.meetings = meetings;
        this.bodies = bodies;
        this.memberships = memberships;
        this.standards = standards;
        this.documents = documents;
        this.numbering = numbering;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Convenes a meeting of a body that is active on the meeting's day, of a kind that body holds
     * (ORG-3), in the future. The body's seat holders on that day are invited (observers attend
     * but make no quorum), then the named others.
     */
    public Meeting convene(PersonId caller, TenantId tenant, MeetingNotice notice) {
        MeetingNotice valid = notice.validate(clock.instant());
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            LocalDate day = LocalDate.ofInstant(valid.startsAt(), StandardService.CHINA);
            Body body = bodies.find(valid.body())
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("body", "ORG-3", "bodies.notFound")));
            if (!body.isActive(day)) {
                throw new InvalidInputException(FieldProblem.of("body", "ORG-3", "meetings.bodyNotActive"));
            }
            if (!valid.kind().heldBy(body.kind())) {
                throw new InvalidInputException(FieldProblem.of("meetingKind", "ORG-3", "meetings.kindNotForBody"));
            }
            String standardTitle = null;
            if (valid.standard() != null) {
                StandardProject reviewed = standard(tenant, valid.standard(), "standard");
                if (reviewed.stage() != Stage.DRAFT_FOR_REVIEW && reviewed.stage() != Stage.TECHNICAL_REVIEW) {
                    throw new InvalidInputException(FieldProblem.of("standard", "PART-3", "meetings.standardNotInReview"));
                }
                standardTitle = reviewed.subject().titleZh();
            }
            for (AgendaItemDraft item : valid.agenda()) {
                if (item.standard() != null) {
                    standard(tenant, item.standard(), "agenda");
                }
            }
            List<Invitee> invitees = new ArrayList<>();
            for (Seat seat : seatsHeldOn(body, day)) {
                invitees.add(new Invitee(UUID.randomUUID(), seat.id(), seat.role(), seat.holderName(), seat.person(),
                        seat.role() != SeatRole.OBSERVER, null, null));
            }
            for (Guest guest : valid.guests()) {
                if (guest.person() != null && memberships.activeRoles(guest.person()).isEmpty()) {
                    throw new InvalidInputException(FieldProblem.of("guests", "ORG-3", "bodies.personNotInOrganization"));
                }
                invitees.add(new Invitee(UUID.randomUUID(), null, null, guest.name(), guest.person(), false, null, null));
            }
            Instant now = clock.instant();
            Meeting meeting = new Meeting(MeetingId.random(), body.id(), body.nameZh(), valid.kind(), valid.title(),
                    valid.format(), valid.location(), valid.link(), valid.startsAt(), valid.standard(), standardTitle,
                    MeetingStatus.SCHEDULED, null, null, false, now, 0);
            meetings.insert(tenant, meeting, caller);
            meetings.insertAgenda(tenant, meeting.id(), valid.agenda());
            if (!invitees.isEmpty()) {
                meetings.insertInvitees(tenant, meeting.id(), invitees);
            }
            Map<String, String> details = new HashMap<>(Map.of("title", meeting.title(), "body", body.nameZh(),
                    "kind", meeting.kind().name(), "format", meeting.format().name(),
                    "startsAt", meeting.startsAt().toString(), "agendaItems", Integer.toString(valid.agenda().size()),
                    "invitees", Integer.toString(invitees.size())));
            if (meeting.standard() != null) {
                details.put("standard", meeting.standard().toString());
            }
            record(actor, meeting.id(), "MEETING_CONVENED", null, details);
            invite(tenant, meeting, invitees);
            return meeting;
        });
    }

    /** Every invitee with an account is told of the meeting and when it starts (PART-3). */
    private void invite(TenantId tenant, Meeting meeting, List<Invitee> invitees) {
        List<PersonId> people = invitees.stream().map(Invitee::person).filter(Objects::nonNull).distinct().toList();
        if (!people.isEmpty()) {
            notifications.notify(tenant, Recipients.people(people), NotificationKind.MEETING_CONVENED,
                    new SubjectLink(SubjectLink.MEETING, meeting.id().value()), Map.of("title", meeting.title(),
                            "date", LocalDateTime.ofInstant(meeting.startsAt(), StandardService.CHINA)
                                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        }
    }

    /** Moves a meeting not yet held to a new time in the future, with a reason (PART-3). */
    public Meeting postpone(PersonId caller, TenantId tenant, MeetingId id, Instant newStart, String reason) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Meeting meeting = lock(id);
            Meeting postponed = meeting.postpone(newStart, reason, clock.instant());
            meetings.update(postponed);
            record(actor, id, "MEETING_POSTPONED", postponed.statusReason(), Map.of(
                    "from", meeting.startsAt().toString(), "to", postponed.startsAt().toString()));
            return postponed;
        });
    }

    /** Calls off a meeting not yet held, with a reason (PART-3). */
    public Meeting cancel(PersonId caller, TenantId tenant, MeetingId id, String reason) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Meeting cancelled = lock(id).cancel(reason);
            meetings.update(cancelled);
            record(actor, id, "MEETING_CANCELLED", cancelled.statusReason(), Map.of("title", cancelled.title()));
            return cancelled;
        });
    }

    /**
     * Records every invitee's attendance once the meeting has started, which makes it held and
     * fixes its quorum under the organization's meeting rules (PART-3); correctable until minutes
     * are attached or a decision recorded.
     */
    public Meeting recordAttendance(PersonId caller, TenantId tenant, MeetingId id, List<AttendanceEntry> entries) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Meeting meeting = lock(id);
            MeetingPolicy policy = meetings.policy().orElseGet(MeetingPolicy::defaults);
            AttendanceSheet sheet = AttendanceSheet.of(meetings.invitees(id), entries, policy);
            Meeting held = meeting.held(sheet.quorum(), clock.instant());
            meetings.recordAttendance(id, sheet.invitees());
            meetings.update(held);
            record(actor, id, "ATTENDANCE_RECORDED", null, Map.of(
                    "seats", Integer.toString(sheet.quorum().seats()),
                    "present", Integer.toString(sheet.quorum().present()),
                    "quorumRule", sheet.quorum().rule().name(),
                    "quorumReached", Boolean.toString(sheet.quorum().reached()),
                    "invitees", Integer.toString(sheet.invitees().size())));
            return held;
        });
    }

    /**
     * Adds the minutes of a held meeting as the next immutable version of its minutes document
     * (LC-5): review minutes for a technical review, meeting minutes otherwise. From then on the
     * attendance stays as recorded.
     */
    public DocumentVersion attachMinutes(PersonId caller, TenantId tenant, MeetingId id, CheckedFile file) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Meeting meeting = lock(id);
            meeting.requireHeld();
            DocumentVersion version = documents.addVersion(tenant, caller, SUBJECT, id.value(), meeting.minutesKind(),
                    null, file);
            if (!meeting.attendanceFinal()) {
                meetings.update(meeting.withAttendanceFinal());
            }
            return version;
        });
    }

    /**
     * Records a decision of a held meeting under the next number of the organization's decision
     * series (LC-4); a decision enabling a lifecycle step names its standard, and the step must be
     * one this kind of meeting decides (ORG-3). Whether the meeting had a quorum is checked when
     * the decision is used as evidence (PART-3). From then on the attendance stays as recorded.
     */
    public MeetingDecision recordDecision(PersonId caller, TenantId tenant, MeetingId id, DecisionDraft draft) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Meeting meeting = lock(id);
            meeting.requireHeld();
            DecisionDraft valid = draft.validate(meeting.kind());
            if (valid.standard() != null) {
                standard(tenant, valid.standard(), "standard");
            }
            UUID decisionId = UUID.randomUUID();
            Year year = Year.from(LocalDate.ofInstant(meeting.startsAt(), StandardService.CHINA));
            IssuedNumber number = numbering.issue(caller, tenant, DocumentSeries.DECISION, year, "MEETING_DECISION",
                    decisionId);
            meetings.insertDecision(tenant, decisionId, id, number.number(), valid.text(), valid.standard(),
                    valid.enables(), caller, clock.instant());
            if (!meeting.attendanceFinal()) {
                meetings.update(meeting.withAttendanceFinal());
            }
            Map<String, String> details = new HashMap<>(Map.of("reference", number.number(), "meeting", meeting.title(),
                    "quorumReached", Boolean.toString(meeting.quorate())));
            if (valid.enables() != null) {
                details.put("enables", valid.enables().name());
            }
            if (valid.standard() != null) {
                details.put("standard", valid.standard().toString());
                audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, valid.standard().value(),
                        "MEETING_DECISION_RECORDED", null, details));
            }
            record(actor, id, "DECISION_RECORDED", null, details);
            return meetings.decision(decisionId).orElseThrow();
        });
    }

    public MeetingDetail get(PersonId caller, TenantId tenant, MeetingId id) {
        return access.readIn(caller, tenant, actor -> {
            Meeting meeting = meetings.find(id).orElseThrow(MeetingService::notFound);
            return new MeetingDetail(meeting, meetings.agenda(id), meetings.invitees(id), meetings.decisionsOf(id),
                    documents.documentsOf(caller, tenant, SUBJECT, id.value(), PageRequest.first(10)).items());
        });
    }

    /** The organization's meetings, upcoming soonest first, then the past latest first. */
    public Page<Meeting> list(PersonId caller, TenantId tenant, MeetingFilter filter, PageRequest page) {
        return access.readIn(caller, tenant, actor -> meetings.list(filter, clock.instant(), page));
    }

    /** The decisions taken about a standard in the organization's meetings, newest meeting first. */
    public Page<MeetingDecision> decisionsFor(PersonId caller, TenantId tenant, StandardId standard, PageRequest page) {
        return access.readIn(caller, tenant, actor -> meetings.decisionsFor(standard, page));
    }

    /**
     * Who attended a held meeting, in person or by proxy, in invitation order: for a vote taken in
     * the meeting (PART-2), which the ballots count. Empty until attendance is recorded.
     */
    public List<Invitee> attendeesOf(PersonId caller, TenantId tenant, MeetingId id) {
        return access.readIn(caller, tenant, actor -> {
            meetings.find(id).orElseThrow(MeetingService::notFound);
            return meetings.invitees(id).stream().filter(Invitee::attended).toList();
        });
    }

    public MeetingPolicy policy(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> meetings.policy().orElseGet(MeetingPolicy::defaults));
    }

    /** The organization's administrators set its quorum rule and whether proxies attend (PART-3, ORG-6). */
    public MeetingPolicy setPolicy(PersonId caller, TenantId tenant, MeetingPolicy policy) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR);
            meetings.savePolicy(tenant, policy);
            audit.record(new AuditEntry(tenant, caller, "ORGANIZATION", tenant.value(), "MEETING_RULES_SET", null,
                    Map.of("quorumRule", policy.quorumRule().name(), "proxiesAllowed",
                            Boolean.toString(policy.proxiesAllowed()))));
            return policy;
        });
    }

    private List<Seat> seatsHeldOn(Body body, LocalDate day) {
        List<Seat> seats = new ArrayList<>();
        Page<Seat> page;
        int offset = 0;
        do {
            page = bodies.seats(body.id(), false, day, new PageRequest(offset, PageRequest.MAX_LIMIT));
            seats.addAll(page.items());
            offset += PageRequest.MAX_LIMIT;
        } while (offset < page.total());
        return seats;
    }

    private StandardProject standard(TenantId tenant, StandardId id, String field) {
        try {
            return standards.find(tenant, id);
        } catch (NotFoundException e) {
            throw new InvalidInputException(FieldProblem.of(field, "PART-3", "standard.notFound"));
        }
    }

    private Meeting lock(MeetingId id) {
        return meetings.lock(id).orElseThrow(MeetingService::notFound);
    }

    private void record(Actor actor, MeetingId id, String action, String reason, Map<String, String> details) {
        audit.record(new AuditEntry(actor.tenant(), actor.person(), SUBJECT, id.value(), action, reason, details));
    }

    private static void requireSecretariat(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("meetings.notFound");
    }
}
