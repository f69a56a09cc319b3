package cn.tuanbiao.plans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress report on a plan, from one body to another (ORG-7). */
public record PlanReport(UUID id, UUID plan, String period, LocalDate reportedOn, String summary, String reportedByName,
                         Instant reportedAt) {
}
