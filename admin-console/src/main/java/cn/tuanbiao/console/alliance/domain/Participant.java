package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of a member organization in one of the alliance's bodies (SUP-1): their role and period
 * ({@code leftOn} null while they take part).
 */
public record Participant(UUID id, UUID body, String bodyName, AllianceBodyKind bodyKind, TenantId member,
                          String memberName, String personName, String position, ParticipantRole role,
                          LocalDate joinedOn, LocalDate leftOn) {

    public boolean current() {
        return leftOn == null;
    }

    /** The date the person leaves the body: once, never before they joined (SUP-1). */
    public LocalDate leave(LocalDate on) {
        if (on == null) {
            throw new InvalidInputException(FieldProblem.of("leftOn", "FORMAT", "validation.required"));
        }
        if (!current()) {
            throw new InvalidInputException(FieldProblem.of("leftOn", "SUP-1", "alliance.body.alreadyLeft", personName));
        }
        if (on.isBefore(joinedOn)) {
            throw new InvalidInputException(FieldProblem.of("leftOn", "SUP-1", "alliance.body.leftBeforeJoined"));
        }
        return on;
    }
}
