package cn.tuanbiao.standards.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the project list: enough to see where each project stands and what falls due. */
public record StandardSummary(StandardId id, String titleZh, Stage stage, String workingGroup, String number,
                              LocalDate commentCloses, LocalDate reviewDue, Instant updatedAt) {
}
