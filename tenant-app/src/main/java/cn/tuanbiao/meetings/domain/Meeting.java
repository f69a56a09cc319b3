package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;

import java.time.Instant;

/**
 * A meeting of one of the organization's bodies (PART-3), from convening to being held or
 * cancelled. Each transition checks its rule and refuses with the requirement it enforces;
 * records are immutable, a transition returns the meeting after it.
 *
 * @param quorum          null until attendance is recorded
 * @param attendanceFinal whether attendance can no longer change: minutes attached or a decision recorded
 */
public record Meeting(MeetingId id, BodyId body, String bodyName, MeetingKind kind, String title, MeetingFormat format,
                      String location, String link, Instant startsAt, StandardId standard, String standardTitle,
                      MeetingStatus status, String statusReason, Quorum quorum, boolean attendanceFinal,
                      Instant convenedAt, long version) {

    /** Moves the meeting to a new time, in the future, with a reason (PART-3). */
    public Meeting postpone(Instant newStart, String reason, Instant now) {
        requirePending("meetings.cannotPostpone");
        Problems problems = new Problems();
        String why = problems.required("reason", reason, 2000);
        if (newStart == null) {
            problems.add(FieldProblem.of("startsAt", "FORMAT", "validation.required"));
        } else if (!newStart.isAfter(now)) {
            problems.add(FieldProblem.of("startsAt", "PART-3", "meetings.startNotInFuture"));
        }
        problems.throwIfAny();
        return new Meeting(id, body, bodyName, kind, title, format, location, link, newStart, standard, standardTitle,
                MeetingStatus.POSTPONED, why, quorum, attendanceFinal, convenedAt, version);
    }

    /** Calls the meeting off, with a reason (PART-3). */
    public Meeting cancel(String reason) {
        requirePending("meetings.cannotCancel");
        Problems problems = new Problems();
        String why = problems.required("reason", reason, 2000);
        problems.throwIfAny();
        return new Meeting(id, body, bodyName, kind, title, format, location, link, startsAt, standard, standardTitle,
                MeetingStatus.CANCELLED, why, quorum, attendanceFinal, convenedAt, version);
    }

    /**
     * The meeting held, with its attendance's quorum. Attendance is recorded once the meeting has
     * started, and may be corrected until minutes are attached or a decision recorded (PART-3).
     */
    public Meeting held(Quorum recorded, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new LifecycleRefusal("PART-3", "meetings.cancelled");
        }
        if (now.isBefore(startsAt)) {
            throw new LifecycleRefusal("PART-3", "meetings.notStartedYet");
        }
        if (attendanceFinal) {
            throw new LifecycleRefusal("PART-3", "meetings.attendanceFinal");
        }
        return new Meeting(id, body, bodyName, kind, title, format, location, link, startsAt, standard, standardTitle,
                MeetingStatus.HELD, null, recorded, false, convenedAt, version);
    }

    /** Minutes and decisions follow the meeting: it must have been held, its attendance recorded (PART-3). */
    public void requireHeld() {
        if (status != MeetingStatus.HELD) {
            throw new LifecycleRefusal("PART-3", "meetings.notHeld");
        }
    }

    /** Once minutes or decisions rest on it, the attendance and so the quorum stay as recorded. */
    public Meeting withAttendanceFinal() {
        return new Meeting(id, body, bodyName, kind, title, format, location, link, startsAt, standard, standardTitle,
                status, statusReason, quorum, true, convenedAt, version);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Review meetings keep review minutes (LC-5); the others meeting minutes. */
    public DocumentKind minutesKind() {
        return kind == MeetingKind.TECHNICAL_REVIEW ? DocumentKind.REVIEW_MINUTES : DocumentKind.MEETING_MINUTES;
    }

    public boolean quorate() {
        return quorum != null && quorum.reached();
    }

    private void requirePending(String messageKey) {
        if (!status.pending()) {
            throw new LifecycleRefusal("PART-3", messageKey);
        }
    }
}
