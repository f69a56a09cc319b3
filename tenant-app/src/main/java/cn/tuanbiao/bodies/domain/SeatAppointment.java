package cn.tuanbiao.bodies.domain;

import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.PersonId;

import java.time.LocalDate;
import java.time.Period;

/**
 * An appointment to a body as typed, checked field by field (AUD-2): a term of at most
 * {@value #LONGEST_TERM_YEARS} years, and observers never hold a voting right.
 */
public record SeatAppointment(String holderName, MemberId member, PersonId person, SeatRole role, boolean votingRight,
                              LocalDate termStarts, LocalDate termEnds) {

    /** Councils of social organizations serve terms of up to five years. */
    public static final int LONGEST_TERM_YEARS = 5;

    public Seat validate(SeatId id, BodyId body) {
        Problems problems = new Problems();
        String name = problems.required("holderName", holderName, 100);
        if (role == null) {
            problems.add(FieldProblem.of("role", "ORG-3", "bodies.roleRequired"));
        }
        if (role == SeatRole.OBSERVER && votingRight) {
            problems.add(FieldProblem.of("votingRight", "ORG-3", "bodies.observerCannotVote"));
        }
        if (termStarts == null) {
            problems.add(FieldProblem.of("termStarts", "FORMAT", "validation.required"));
        }
        if (termEnds == null) {
            problems.add(FieldProblem.of("termEnds", "FORMAT", "validation.required"));
        }
        if (termStarts != null && termEnds != null) {
            if (!termEnds.isAfter(termStarts)) {
                problems.add(FieldProblem.of("termEnds", "ORG-3", "bodies.termEndsBeforeStart"));
            } else if (termEnds.isAfter(termStarts.plus(Period.ofYears(LONGEST_TERM_YEARS)))) {
                problems.add(FieldProblem.of("termEnds", "ORG-3", "bodies.termTooLong", LONGEST_TERM_YEARS));
            }
        }
        problems.throwIfAny();
        return new Seat(id, body, name, member, person, role, votingRight, termStarts, termEnds, null);
    }
}
