package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An award round the alliance's secretariat opened (标准化奖项推荐, SUP-1): member organizations nominate
 * their published standards until {@code closesOn} (included).
 */
public record AwardRound(UUID id, String name, int year, LocalDate closesOn, String description, String openedByName,
                         Instant openedAt, int nominations) {

    public boolean open(LocalDate today) {
        return !today.isAfter(closesOn);
    }

    /** Refuses a nomination after the closing date (SUP-1). */
    public AwardRound requireOpen(LocalDate today) {
        if (!open(today)) {
            throw new InvalidInputException(FieldProblem.of("round", "SUP-1", "alliance.award.closed", name, closesOn));
        }
        return this;
    }
}
