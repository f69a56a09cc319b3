package cn.tuanbiao.bodies.domain;

import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.tenancy.PersonId;

import java.time.LocalDate;

/**
 * A seat in a body for one term (ORG-3): who holds it, for which member of the register, in
 * which role, and whether it carries a voting right (the LC-3 base counts those).
 *
 * @param member  the member unit or expert the holder represents, or null
 * @param person  the holder's platform account, when they have one
 * @param endedOn the day the seat ended before its term did, or null
 */
public record Seat(SeatId id, BodyId body, String holderName, MemberId member, PersonId person, SeatRole role,
                   boolean votingRight, LocalDate termStarts, LocalDate termEnds, LocalDate endedOn) {

    /** Held on {@code day}: inside the term and not ended early. */
    public boolean isHeld(LocalDate day) {
        return !termStarts.isAfter(day) && termEnds.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
