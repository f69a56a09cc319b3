package cn.tuanbiao.appeals.domain;

import java.time.LocalDate;

/** The dates by which a case must be acknowledged, its scope decided and the case concluded (PART-6). */
public record CaseDeadlines(LocalDate acknowledgeBy, LocalDate scopeBy, LocalDate concludeBy) {

    /** The deadlines of a case received on {@code receivedOn} under {@code limits}. */
    public static CaseDeadlines of(LocalDate receivedOn, TimeLimits limits) {
        return new CaseDeadlines(receivedOn.plusDays(limits.acknowledgeDays()), receivedOn.plusDays(limits.scopeDays()),
                receivedOn.plusDays(limits.concludeDays()));
    }

    public LocalDate due(TimeLimit limit) {
        return switch (limit) {
            case ACKNOWLEDGE -> acknowledgeBy;
            case SCOPE -> scopeBy;
            case CONCLUDE -> concludeBy;
        };
    }
}
