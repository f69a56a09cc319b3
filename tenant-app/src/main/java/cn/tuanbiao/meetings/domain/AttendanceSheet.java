package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting's attendance, one entry for every invitee (PART-3), and the quorum it makes under the
 * organization's rules: proxies only where allowed, and only seat holders count.
 */
public record AttendanceSheet(List<Invitee> invitees, Quorum quorum) {

    public AttendanceSheet {
        invitees = List.copyOf(invitees);
    }

    /** Checks {@code entries} against the invitation list, refusing every problem at once (AUD-2). */
    public static AttendanceSheet of(List<Invitee> invited, List<AttendanceEntry> entries, MeetingPolicy policy) {
        Problems problems = new Problems();
        Map<UUID, AttendanceEntry> byInvitee = new HashMap<>();
        for (AttendanceEntry entry : entries == null ? List.<AttendanceEntry>of() : entries) {
            if (entry == null || entry.invitee() == null
                    || invited.stream().noneMatch(i -> i.id().equals(entry.invitee()))
                    || byInvitee.put(entry.invitee(), entry) != null) {
                problems.add(FieldProblem.of("attendance", "PART-3", "meetings.unknownInvitee"));
            }
        }
        List<Invitee> recorded = new ArrayList<>();
        int missing = 0;
        for (Invitee invitee : invited) {
            AttendanceEntry entry = byInvitee.get(invitee.id());
            if (entry == null || entry.attendance() == null) {
                missing++;
                continue;
            }
            String proxy = null;
            if (entry.attendance() == Attendance.PROXY) {
                if (!policy.proxiesAllowed()) {
                    problems.add(FieldProblem.of("attendance", "PART-3", "meetings.proxyNotAllowed", invitee.name()));
                }
                proxy = problems.required("proxyName", entry.proxyName(), 100);
            }
            recorded.add(new Invitee(invitee.id(), invitee.seat(), invitee.role(), invitee.name(), invitee.person(),
                    invitee.countsForQuorum(), entry.attendance(), proxy));
        }
        if (missing > 0) {
            problems.add(FieldProblem.of("attendance", "PART-3", "meetings.attendanceIncomplete", missing));
        }
        problems.throwIfAny();
        int seats = (int) recorded.stream().filter(Invitee::countsForQuorum).count();
        int present = (int) recorded.stream().filter(i -> i.countsForQuorum() && i.attended()).count();
        return new AttendanceSheet(recorded, new Quorum(seats, present, policy.quorumRule()));
    }
}
