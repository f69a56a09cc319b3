package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;

/** The finding of the inspection of one drawn organization: the result, what was found, who recorded it when. */
public record Finding(InspectionResult result, String text, Instant recordedAt, PersonId recordedBy) {
}
