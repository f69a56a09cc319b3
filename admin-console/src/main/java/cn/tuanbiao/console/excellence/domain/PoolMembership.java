package cn.tuanbiao.console.excellence.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.tenancy.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An organization's membership of an authority's excellence pool (培优计划, SUP-4): entered (入选) with
 * a year and a reason, assessed once per year while it lasts, exited (退出) once with a reason. Each
 * step is a guarded transition that refuses with the field and the rule; an exit ends the membership
 * and keeps its history; entering again later is a new membership.
 */
public record PoolMembership(UUID id, TenantId organization, String code, String nameZh, String regionCode,
                             int entryYear, LocalDate enteredOn, String entryReason, Optional<Exit> exit,
                             List<Assessment> assessments) {

    /** The first year an entry or an assessment may name. */
    public static final int FIRST_YEAR = 2000;

    public PoolMembership {
        assessments = assessments.stream().sorted(Comparator.comparingInt(Assessment::year)).toList();
    }

    /** The organization as registered, for the entry's checks. */
    public record Candidate(TenantId id, String code, String nameZh, OrganizationKind kind, String regionCode,
                            boolean active) {
    }

    /**
     * Enters {@code candidate}: a standards organization of the jurisdiction, not in the pool now
     * ({@code current} is its current membership, if any), in a year from 2000 to this one, with a reason.
     */
    public static PoolMembership enter(UUID id, Candidate candidate, Jurisdiction jurisdiction,
                                       Optional<PoolMembership> current, Integer year, String reason, LocalDate today) {
        Problems problems = new Problems();
        if (!candidate.active() || !candidate.kind().setsStandards()) {
            problems.add(FieldProblem.of("excellenceOrganization", "SUP-4", "excellence.notSettingStandards"));
        } else if (!jurisdiction.contains(candidate.regionCode())) {
            problems.add(FieldProblem.of("excellenceOrganization", "SUP-4", "excellence.outsideJurisdiction"));
        }
        current.ifPresent(c -> problems.add(FieldProblem.of("excellenceOrganization", "SUP-4",
                "excellence.alreadyPooled", String.valueOf(c.entryYear()))));
        year(problems, "excellenceYear", year, today);
        String why = problems.required("excellenceReason", reason, 2000);
        problems.throwIfAny();
        return new PoolMembership(id, candidate.id(), candidate.code(), candidate.nameZh(), candidate.regionCode(),
                year, today, why, Optional.empty(), List.of());
    }

    public boolean current() {
        return exit.isEmpty();
    }

    /**
     * The assessment of {@code year}: only while the membership lasts, for a year from its entry to this
     * one, once per year; the score from 0 to 100 decides the grade.
     */
    public Assessment assess(AssessmentInput input, Indicators indicators, String byName, Instant at, LocalDate today) {
        requireCurrent();
        Problems problems = new Problems();
        Integer year = input.year();
        if (year == null) {
            problems.add(FieldProblem.of("assessmentYear", "FORMAT", "validation.required"));
        } else if (year < entryYear || year > today.getYear()) {
            problems.add(FieldProblem.of("assessmentYear", "SUP-4", "excellence.notPooledThatYear",
                    String.valueOf(year)));
        } else if (assessment(year).isPresent()) {
            problems.add(FieldProblem.of("assessmentYear", "SUP-4", "excellence.alreadyAssessed", String.valueOf(year)));
        }
        BigDecimal score = input.score();
        if (score == null) {
            problems.add(FieldProblem.of("excellenceScore", "FORMAT", "validation.required"));
        } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 1) {
            problems.add(FieldProblem.of("excellenceScore", "SUP-4", "excellence.scoreRange"));
        }
        String comment = problems.required("excellenceComment", input.comment(), 4000);
        problems.throwIfAny();
        if (indicators.year() != year) {
            throw new IllegalArgumentException("Indicators of " + indicators.year() + " for an assessment of " + year);
        }
        return new Assessment(year, score, Grade.of(score), comment, indicators, byName, at);
    }

    /** Exits the pool on {@code on} for {@code reason}: once, never before the entry. */
    public PoolMembership exit(String reason, LocalDate on) {
        requireCurrent();
        Problems problems = new Problems();
        String why = problems.required("exitReason", reason, 2000);
        if (on.isBefore(enteredOn)) {
            problems.add(FieldProblem.of("exitReason", "SUP-4", "excellence.exitBeforeEntry", enteredOn.toString()));
        }
        problems.throwIfAny();
        return new PoolMembership(id, organization, code, nameZh, regionCode, entryYear, enteredOn, entryReason,
                Optional.of(new Exit(on, why)), assessments);
    }

    public PoolMembership withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(assessment);
        return new PoolMembership(id, organization, code, nameZh, regionCode, entryYear, enteredOn, entryReason, exit,
                all);
    }

    public Optional<Assessment> assessment(int year) {
        return assessments.stream().filter(a -> a.year() == year).findFirst();
    }

    private void requireCurrent() {
        exit.ifPresent(e -> {
            throw new InvalidInputException(FieldProblem.of("excellenceOrganization", "SUP-4", "excellence.alreadyExited",
                    e.on().toString()));
        });
    }

    private static void year(Problems problems, String field, Integer year, LocalDate today) {
        if (year == null) {
            problems.add(FieldProblem.of(field, "FORMAT", "validation.required"));
        } else if (year < FIRST_YEAR || year > today.getYear()) {
            problems.add(FieldProblem.of(field, "SUP-4", "excellence.yearOutOfRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(today.getYear())));
        }
    }
}
