package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training the alliance's secretariat scheduled (培训活动, SUP-1; seed 001 培训工作组): when, where or
 * online, how many seats; {@code registered} and {@code attended} count its registrations.
 */
public record Training(UUID id, String title, LocalDate heldOn, boolean online, String place, int capacity,
                       String description, String scheduledByName, Instant scheduledAt, int registered, int attended) {

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }

    /** Registration is open until the training's day (included) and while seats are left (SUP-1). */
    public Training requireRegistrationOpen(LocalDate today) {
        if (today.isAfter(heldOn)) {
            throw new InvalidInputException(FieldProblem.of("training", "SUP-1", "alliance.training.past", title, heldOn));
        }
        if (registered >= capacity) {
            throw new InvalidInputException(FieldProblem.of("training", "SUP-1", "alliance.training.full", title, capacity));
        }
        return this;
    }

    /** Attendance is recorded from the training's day on, never before it took place (SUP-1). */
    public Training requireHeld(LocalDate today) {
        if (today.isBefore(heldOn)) {
            throw new InvalidInputException(FieldProblem.of("attended", "SUP-1", "alliance.training.notYetHeld", heldOn));
        }
        return this;
    }
}
