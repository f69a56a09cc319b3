package cn.tuanbiao.innovation.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every window of a centre, computed from the approval date and what happened since (SUP-5,
 * 004 第16-20条); nothing here reads a clock: the day is given.
 * <ul>
 *   <li>construction plan: two months after the approval;</li>
 *   <li>construction: one year from the approval, plus an approved extension of at most six months;</li>
 *   <li>acceptance request: one month before the construction period ends;</li>
 *   <li>extension request: one month before the original end;</li>
 *   <li>re-submission after a failed acceptance: within six months of it.</li>
 * </ul>
 * Yearly documents (004 第30-32条) follow the base's calendar, as the policy sets no dates: the
 * annual plan by 15 January of its year, the self-check report by 30 November, the summary by 31
 * January of the next year and the standardization work report, on which the base's evaluation
 * rests, by 31 March of the next year (each on its own day, so that each gets its own reminder).
 */
public record ConstructionSchedule(LocalDate approvedOn, int extensionMonths, LocalDate lastFailedOn) {

    public static final int PLAN_MONTHS = 2;
    public static final int CONSTRUCTION_YEARS = 1;
    public static final int NOTICE_MONTHS = 1;
    public static final int RESUBMISSION_MONTHS = 6;
    public static final int MAX_EXTENSION_MONTHS = 6;

    public static ConstructionSchedule of(CentreFile file) {
        return new ConstructionSchedule(file.approvedOn(), file.extensionMonths(), file.lastFailedOn());
    }

    public LocalDate planDue() {
        return approved().plusMonths(PLAN_MONTHS);
    }

    public LocalDate originalEnd() {
        return approved().plusYears(CONSTRUCTION_YEARS);
    }

    public LocalDate constructionEnd() {
        return originalEnd().plusMonths(extensionMonths);
    }

    public LocalDate acceptanceRequestBy() {
        return constructionEnd().minusMonths(NOTICE_MONTHS);
    }

    public LocalDate extensionRequestBy() {
        return originalEnd().minusMonths(NOTICE_MONTHS);
    }

    /** Null until an acceptance failed. */
    public LocalDate resubmissionBy() {
        return lastFailedOn == null ? null : lastFailedOn.plusMonths(RESUBMISSION_MONTHS);
    }

    /** When the yearly document of {@code kind} for {@code year} is due. */
    public static LocalDate yearlyDue(DeadlineKind kind, int year) {
        return switch (kind) {
            case ANNUAL_PLAN -> LocalDate.of(year, Month.JANUARY, 15);
            case SELF_CHECK_REPORT -> LocalDate.of(year, Month.NOVEMBER, 30);
            case ANNUAL_SUMMARY -> LocalDate.of(year + 1, Month.JANUARY, 31);
            case WORK_REPORT -> LocalDate.of(year + 1, Month.MARCH, 31);
            default -> throw new IllegalArgumentException(kind + " is not a yearly document");
        };
    }

    public static final List<DeadlineKind> YEARLY = List.of(DeadlineKind.ANNUAL_PLAN, DeadlineKind.SELF_CHECK_REPORT,
            DeadlineKind.ANNUAL_SUMMARY, DeadlineKind.WORK_REPORT);

    /**
     * The file's open windows on {@code today}, soonest first: what is still due, each UPCOMING,
     * DUE_SOON (within {@code warnDaysBefore} days) or OVERDUE. {@code yearlySubmitted} names the
     * yearly documents in, as "KIND/year".
     */
    public static List<Deadline> openDeadlines(CentreFile file, Set<String> yearlySubmitted, LocalDate today,
                                               int warnDaysBefore) {
        List<Deadline> open = new ArrayList<>();
        ConstructionSchedule s = of(file);
        switch (file.stage()) {
            case UNDER_CONSTRUCTION -> {
                if (file.planSubmittedOn() == null) {
                    open.add(Deadline.on(DeadlineKind.CONSTRUCTION_PLAN, null, s.planDue(), today, warnDaysBefore));
                }
                open.add(Deadline.on(DeadlineKind.ACCEPTANCE_REQUEST, null, s.acceptanceRequestBy(), today, warnDaysBefore));
                open.add(Deadline.on(DeadlineKind.CONSTRUCTION_END, null, s.constructionEnd(), today, warnDaysBefore));
            }
            case ACCEPTANCE_FAILED ->
                    open.add(Deadline.on(DeadlineKind.RESUBMISSION, null, s.resubmissionBy(), today, warnDaysBefore));
            case RECTIFICATION ->
                    open.add(Deadline.on(DeadlineKind.RECTIFICATION, null, file.rectificationDue(), today, warnDaysBefore));
            default -> {
            }
        }
        if (file.stage().working()) {
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                for (DeadlineKind kind : YEARLY) {
                    LocalDate due = yearlyDue(kind, year);
                    // a centre owes the documents of the years it worked in, from its approval on
                    boolean owed = !due.isBefore(file.approvedOn()) && year >= file.approvedOn().getYear();
                    if (owed && !yearlySubmitted.contains(kind.name() + "/" + year)) {
                        Deadline d = Deadline.on(kind, year, due, today, warnDaysBefore);
                        // next year's documents are shown once their warning period starts
                        if (d.state() != Deadline.State.UPCOMING || due.getYear() == today.getYear()) {
                            open.add(d);
                        }
                    }
                }
            }
        }
        open.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind));
        return open;
    }

    private LocalDate approved() {
        if (approvedOn == null) {
            throw new IllegalStateException("No window runs before the approval to build");
        }
        return approvedOn;
    }
}
