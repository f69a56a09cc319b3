package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A handling step of a case as recorded, numbered from 1 in the order it was recorded. */
public record HandlingStep(int position, HandlingStepKind kind, LocalDate heldOn, String participants, String summary,
                           PersonId recordedBy, Instant recordedAt) {
}
