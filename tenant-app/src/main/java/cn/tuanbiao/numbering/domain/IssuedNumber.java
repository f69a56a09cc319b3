package cn.tuanbiao.numbering.domain;

import java.time.Instant;
import java.time.Year;
import java.util.UUID;

/** A number given to one of the organization's documents, and what it was given to. */
public record IssuedNumber(DocumentSeries series, Year year, int sequence, String number, String subjectType,
                           UUID subjectId, Instant issuedAt) {
}
