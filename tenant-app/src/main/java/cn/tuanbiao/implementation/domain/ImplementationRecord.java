package cn.tuanbiao.implementation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One fact from a published standard's life (LC-8): an event, feedback, an adoption, a conversion
 * request with its outcome, or a trademark use.
 *
 * @param counterpart who else is involved: the host of an event, the unit giving feedback or
 *                    adopting, the authority receiving a conversion request, the trademark's
 *                    registration number
 * @param participants how many took part, for events
 */
public record ImplementationRecord(UUID id, UUID standard, ImplementationRecordKind kind, LocalDate occurredOn,
                                   String title, String counterpart, Integer participants, String description,
                                   ConversionLevel conversionLevel, ConversionOutcome conversionOutcome,
                                   LocalDate outcomeOn, String outcomeNote, UUID recordedBy, String recordedByName,
                                   Instant recordedAt) {
}
