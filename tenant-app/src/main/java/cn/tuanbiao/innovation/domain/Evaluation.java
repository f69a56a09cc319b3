package cn.tuanbiao.innovation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A periodic evaluation, spot check or rectification check with its findings (004 第32-35条). */
public record Evaluation(UUID id, EvaluationKind kind, LocalDate heldOn, String findings, boolean passed,
                         LocalDate rectificationDue, Instant recordedAt) {
}
