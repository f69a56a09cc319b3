package cn.tuanbiao.meetings.api;

import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.documents.api.DocumentViews.DocumentView;
import cn.tuanbiao.documents.api.DocumentViews.VersionView;
import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.meetings.domain.AgendaItem;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingDetail;
import cn.tuanbiao.meetings.domain.MeetingFilter;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingId;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.domain.QuorumRule;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Meetings of the organization's bodies (PART-3) over REST, with the same service and rules as the
 * UI: convene, postpone, cancel, record attendance (which shows the quorum), attach the minutes,
 * record decisions. Times are ISO-8601; without an offset they are China's.
 */
@Controller("/api/organizations/{organizationId}/meetings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Meetings")
class MeetingsController {

    private final MeetingService meetings;
    private final FileCheck fileCheck;

    MeetingsController(MeetingService meetings, FileCheck fileCheck) {
        this.meetings = meetings;
        this.fileCheck = fileCheck;
    }

    @Get("{?when,body,offset,limit}")
    @Operation(summary = "Meetings, upcoming soonest first then past latest first; when = UPCOMING, PAST or ALL, "
            + "optionally of one body")
    Page<MeetingView> list(Authentication auth, @PathVariable UUID organizationId,
                           @Nullable @QueryValue MeetingFilter.When when, @Nullable @QueryValue UUID body,
                           @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Meeting> page = meetings.list(Caller.of(auth), new TenantId(organizationId),
                new MeetingFilter(when, body == null ? null : new BodyId(body)), new PageRequest(offset, limit));
        return page.map(MeetingView::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Convene a meeting of a body (secretariat): its seat holders are invited, plus the guests named")
    MeetingView convene(Authentication auth, @PathVariable UUID organizationId, @Body ConveneRequest body) {
        List<AgendaItemDraft> agenda = body.agenda() == null ? List.of() : body.agenda().stream()
                .map(i -> i == null ? null : new AgendaItemDraft(i.title(),
                        i.standard() == null ? null : new StandardId(i.standard())))
                .toList();
        List<Guest> guests = body.guests() == null ? List.of() : body.guests().stream()
                .map(g -> g == null ? null : new Guest(g.name(), g.person() == null ? null : new PersonId(g.person())))
                .toList();
        return MeetingView.of(meetings.convene(Caller.of(auth), new TenantId(organizationId), new MeetingNotice(
                body.body() == null ? null : new BodyId(body.body()), body.kind(), body.title(), body.format(),
                body.location(), body.link(), time("startsAt", body.startsAt()),
                body.standard() == null ? null : new StandardId(body.standard()), agenda, guests)));
    }

    @Get("/{id}")
    @Operation(summary = "The meeting with its agenda, invitees and attendance, quorum, minutes and decisions")
    MeetingDetailView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return MeetingDetailView.of(meetings.get(Caller.of(auth), new TenantId(organizationId), new MeetingId(id)));
    }

    @Post("/{id}/postponement")
    @Operation(summary = "Move a meeting not yet held to a new time in the future, with a reason")
    MeetingView postpone(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body PostponementRequest body) {
        return MeetingView.of(meetings.postpone(Caller.of(auth), new TenantId(organizationId), new MeetingId(id),
                time("startsAt", body.startsAt()), body.reason()));
    }

    @Post("/{id}/cancellation")
    @Operation(summary = "Call off a meeting not yet held, with a reason")
    MeetingView cancel(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                       @Body ReasonRequest body) {
        return MeetingView.of(meetings.cancel(Caller.of(auth), new TenantId(organizationId), new MeetingId(id),
                body.reason()));
    }

    @Put("/{id}/attendance")
    @Operation(summary = "Record every invitee's attendance once the meeting has started (PRESENT, PROXY with proxyName "
            + "where the rules allow, ABSENT, EXCUSED); the meeting is then held and its quorum fixed")
    MeetingView recordAttendance(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                 @Body AttendanceRequest body) {
        List<AttendanceEntry> entries = body.entries() == null ? List.of() : body.entries().stream()
                .map(e -> e == null ? null : new AttendanceEntry(e.invitee(), e.attendance(), e.proxyName()))
                .toList();
        return MeetingView.of(meetings.recordAttendance(Caller.of(auth), new TenantId(organizationId), new MeetingId(id),
                entries));
    }

    @Get("/{id}/attendees")
    @Operation(summary = "Who attended the held meeting, in person or by proxy (for a vote taken in the meeting)")
    List<InviteeView> attendees(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return meetings.attendeesOf(Caller.of(auth), new TenantId(organizationId), new MeetingId(id)).stream()
                .map(InviteeView::of).toList();
    }

    @Post(value = "/{id}/minutes", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Upload the minutes of a held meeting as the next immutable version (part: file)")
    VersionView attachMinutes(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                              @Nullable @Part("file") CompletedFileUpload file) {
        return Uploads.checked(fileCheck, file, checked -> VersionView.of(meetings.attachMinutes(Caller.of(auth),
                new TenantId(organizationId), new MeetingId(id), checked)));
    }

    @Post("/{id}/decisions")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record a decision of the held meeting, numbered in the organization's decision series; "
            + "optionally the standard and the lifecycle step it enables (PROJECT_APPROVAL, "
            + "TECHNICAL_REVIEW_CONSENSUS, APPROVAL)")
    DecisionView recordDecision(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                @Body DecisionRequest body) {
        return DecisionView.of(meetings.recordDecision(Caller.of(auth), new TenantId(organizationId), new MeetingId(id),
                new DecisionDraft(body.text(), body.standard() == null ? null : new StandardId(body.standard()),
                        body.enables())));
    }

    @Get("/decisions{?standard,offset,limit}")
    @Operation(summary = "The decisions taken about a standard, newest meeting first")
    Page<DecisionView> decisionsFor(Authentication auth, @PathVariable UUID organizationId,
                                    @Nullable @QueryValue UUID standard, @QueryValue(defaultValue = "0") int offset,
                                    @QueryValue(defaultValue = "50") int limit) {
        if (standard == null) {
            throw new InvalidInputException(FieldProblem.of("standard", "FORMAT", "validation.required"));
        }
        Page<MeetingDecision> page = meetings.decisionsFor(Caller.of(auth), new TenantId(organizationId),
                new StandardId(standard), new PageRequest(offset, limit));
        return page.map(DecisionView::of);
    }

    @Get("/rules")
    @Operation(summary = "The organization's meeting rules: quorum rule and whether proxies attend")
    RulesView rules(Authentication auth, @PathVariable UUID organizationId) {
        return RulesView.of(meetings.policy(Caller.of(auth), new TenantId(organizationId)));
    }

    @Put("/rules")
    @Operation(summary = "Set the meeting rules (administrators): MORE_THAN_HALF (default) or AT_LEAST_TWO_THIRDS")
    RulesView setRules(Authentication auth, @PathVariable UUID organizationId, @Body RulesView body) {
        return RulesView.of(meetings.setPolicy(Caller.of(auth), new TenantId(organizationId),
                new MeetingPolicy(body.quorumRule(), Boolean.TRUE.equals(body.proxiesAllowed()))));
    }

    /** An ISO-8601 date-time with an offset, or a local one in China's time; refused by its field name. */
    private static Instant time(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(raw.strip()).atZone(StandardService.CHINA).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(FieldProblem.of(field, "FORMAT", "validation.dateTime"));
            }
        }
    }

    @Serdeable
    record ConveneRequest(@Nullable UUID body, @Nullable MeetingKind kind, @Nullable String title,
                          @Nullable MeetingFormat format, @Nullable String location, @Nullable String link,
                          @Nullable String startsAt, @Nullable UUID standard, @Nullable List<AgendaItemRequest> agenda,
                          @Nullable List<GuestRequest> guests) {
    }

    @Serdeable
    record AgendaItemRequest(@Nullable String title, @Nullable UUID standard) {
    }

    @Serdeable
    record GuestRequest(@Nullable String name, @Nullable UUID person) {
    }

    @Serdeable
    record PostponementRequest(@Nullable String startsAt, @Nullable String reason) {
    }

    @Serdeable
    record ReasonRequest(@Nullable String reason) {
    }

    @Serdeable
    record AttendanceRequest(@Nullable List<AttendanceEntryRequest> entries) {
    }

    @Serdeable
    record AttendanceEntryRequest(@Nullable UUID invitee, @Nullable Attendance attendance, @Nullable String proxyName) {
    }

    @Serdeable
    record DecisionRequest(@Nullable String text, @Nullable UUID standard, @Nullable DecisionStep enables) {
    }

    @Serdeable
    record RulesView(@Nullable QuorumRule quorumRule, @Nullable Boolean proxiesAllowed) {

        static RulesView of(MeetingPolicy p) {
            return new RulesView(p.quorumRule(), p.proxiesAllowed());
        }
    }

    @Serdeable
    record QuorumView(int seats, int present, int needed, QuorumRule rule, boolean reached) {
    }

    @Serdeable
    record MeetingView(String id, String body, String bodyName, MeetingKind kind, String title, MeetingFormat format,
                       @Nullable String location, @Nullable String link, String startsAt, @Nullable String standard,
                       @Nullable String standardTitle, MeetingStatus status, @Nullable String statusReason,
                       @Nullable QuorumView quorum) {

        static MeetingView of(Meeting m) {
            QuorumView quorum = m.quorum() == null ? null : new QuorumView(m.quorum().seats(), m.quorum().present(),
                    m.quorum().needed(), m.quorum().rule(), m.quorum().reached());
            return new MeetingView(m.id().toString(), m.body().toString(), m.bodyName(), m.kind(), m.title(), m.format(),
                    m.location(), m.link(), m.startsAt().toString(), m.standard() == null ? null : m.standard().toString(),
                    m.standardTitle(), m.status(), m.statusReason(), quorum);
        }
    }

    @Serdeable
    record AgendaItemView(int position, String title, @Nullable String standard, @Nullable String standardTitle) {

        static AgendaItemView of(AgendaItem i) {
            return new AgendaItemView(i.position(), i.title(), i.standard() == null ? null : i.standard().toString(),
                    i.standardTitle());
        }
    }

    @Serdeable
    record InviteeView(String id, @Nullable String seat, @Nullable String role, String name, @Nullable String person,
                       boolean countsForQuorum, @Nullable Attendance attendance, @Nullable String proxyName) {

        static InviteeView of(Invitee i) {
            return new InviteeView(i.id().toString(), i.seat() == null ? null : i.seat().toString(),
                    i.role() == null ? null : i.role().name(), i.name(), i.person() == null ? null : i.person().toString(),
                    i.countsForQuorum(), i.attendance(), i.proxyName());
        }
    }

    @Serdeable
    record DecisionView(String id, String meeting, String meetingTitle, String reference, String text,
                        @Nullable String standard, @Nullable String standardTitle, @Nullable DecisionStep enables,
                        String recordedAt, @Nullable String evidenceUsedAt) {

        static DecisionView of(MeetingDecision d) {
            return new DecisionView(d.id().toString(), d.meeting().toString(), d.meetingTitle(), d.reference(), d.text(),
                    d.standard() == null ? null : d.standard().toString(), d.standardTitle(), d.enables(),
                    d.recordedAt().toString(), d.evidenceUsedAt() == null ? null : d.evidenceUsedAt().toString());
        }
    }

    @Serdeable
    record MeetingDetailView(MeetingView meeting, List<AgendaItemView> agenda, List<InviteeView> invitees,
                             List<DecisionView> decisions, List<DocumentView> minutes) {

        static MeetingDetailView of(MeetingDetail d) {
            return new MeetingDetailView(MeetingView.of(d.meeting()), d.agenda().stream().map(AgendaItemView::of).toList(),
                    d.invitees().stream().map(InviteeView::of).toList(),
                    d.decisions().stream().map(DecisionView::of).toList(),
                    d.minutes().stream().map(DocumentView::of).toList());
        }
    }
}
