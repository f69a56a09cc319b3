package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.bodies.domain.SeatId;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.tenancy.PersonId;

import java.util.UUID;

/**
 * Someone invited to a meeting: a seat holder of the body (counting towards the quorum unless an
 * observer) or a named other; with their attendance once recorded.
 *
 * @param seat       the seat held, or null for others
 * @param role       the seat's role, or null for others
 * @param person     their platform account, when they have one
 * @param attendance null until recorded
 * @param proxyName  who attended for them, when {@link Attendance#PROXY}
 */
public record Invitee(UUID id, SeatId seat, SeatRole role, String name, PersonId person, boolean countsForQuorum,
                      Attendance attendance, String proxyName) {

    public boolean attended() {
        return attendance != null && attendance.attended();
    }
}
