package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.StandardId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as the secretariat convenes it (PART-3), checked field by field (AUD-2): whose
 * meeting, what for, how and when (in the future), on which standard (review meetings only),
 * its agenda in order and whom it invites besides the body's seat holders.
 */
public record MeetingNotice(BodyId body, MeetingKind kind, String title, MeetingFormat format, String location,
                            String link, Instant startsAt, StandardId standard, List<AgendaItemDraft> agenda,
                            List<Guest> guests) {

    public static final int MAX_AGENDA_ITEMS = 50;
    public static final int MAX_GUESTS = 100;

    public MeetingNotice {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        guests = guests == null ? List.of() : List.copyOf(guests);
    }

    /** The notice with its text trimmed, or every problem at once. */
    public MeetingNotice validate(Instant now) {
        Problems problems = new Problems();
        if (body == null) {
            problems.add(FieldProblem.of("body", "FORMAT", "validation.required"));
        }
        if (kind == null) {
            problems.add(FieldProblem.of("meetingKind", "FORMAT", "validation.required"));
        }
        String cleanTitle = problems.required("meetingTitle", title, 200);
        if (format == null) {
            problems.add(FieldProblem.of("format", "FORMAT", "validation.required"));
        }
        String place = format != null && format.needsLocation() ? problems.required("location", location, 300)
                : problems.optional("location", location, 300);
        String cleanLink = format != null && !format.needsLocation() ? problems.required("link", link, 500)
                : problems.optional("link", link, 500);
        if (cleanLink != null && (format == MeetingFormat.VIDEO || format == MeetingFormat.ONLINE)
                && !cleanLink.matches("(?i)https?://\\S+")) {
            problems.add(FieldProblem.of("link", "PART-3", "meetings.linkNotUrl"));
        }
        if (startsAt == null) {
            problems.add(FieldProblem.of("startsAt", "FORMAT", "validation.required"));
        } else if (!startsAt.isAfter(now)) {
            problems.add(FieldProblem.of("startsAt", "PART-3", "meetings.startNotInFuture"));
        }
        if (standard != null && kind != null && kind != MeetingKind.TECHNICAL_REVIEW) {
            problems.add(FieldProblem.of("standard", "PART-3", "meetings.standardOnlyForReview"));
        }
        List<AgendaItemDraft> items = new ArrayList<>();
        if (agenda.isEmpty()) {
            problems.add(FieldProblem.of("agenda", "PART-3", "meetings.agendaRequired"));
        } else if (agenda.size() > MAX_AGENDA_ITEMS) {
            problems.add(FieldProblem.of("agenda", "FORMAT", "validation.between", 1, MAX_AGENDA_ITEMS));
        }
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemDraft item = agenda.get(i);
            String itemTitle = item == null || item.title() == null ? "" : item.title().strip();
            if (itemTitle.isEmpty() || itemTitle.length() > 300) {
                problems.add(FieldProblem.of("agenda", "FORMAT", "meetings.agendaItemTitle", i + 1, 300));
            } else {
                items.add(new AgendaItemDraft(itemTitle, item.standard()));
            }
        }
        List<Guest> others = new ArrayList<>();
        if (guests.size() > MAX_GUESTS) {
            problems.add(FieldProblem.of("guests", "FORMAT", "validation.between", 0, MAX_GUESTS));
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest guest = guests.get(i);
            String name = guest == null || guest.name() == null ? "" : guest.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                problems.add(FieldProblem.of("guests", "FORMAT", "meetings.guestName", i + 1, 100));
            } else {
                others.add(new Guest(name, guest.person()));
            }
        }
        problems.throwIfAny();
        return new MeetingNotice(body, kind, cleanTitle, format, place, cleanLink, startsAt, standard, items, others);
    }
}
