package cn.tuanbiao.implementation.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A post-publication record as typed, checked field by field (LC-8, AUD-2). */
public record RecordDraft(ImplementationRecordKind kind, LocalDate occurredOn, String title, String counterpart,
                          Integer participants, String description, ConversionLevel conversionLevel) {

    public ImplementationRecord validate(UUID id, UUID standard, LocalDate today, UUID recordedBy, Instant now) {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("recordKind", "FORMAT", "validation.required"));
        }
        if (occurredOn == null) {
            problems.add(FieldProblem.of("occurredOn", "FORMAT", "validation.required"));
        } else if (occurredOn.isAfter(today)) {
            problems.add(FieldProblem.of("occurredOn", "LC-8", "implementation.inFuture"));
        }
        String cleanTitle = problems.required("recordTitle", title, 200);
        boolean counterpartNeeded = kind == ImplementationRecordKind.ADOPTION
                || kind == ImplementationRecordKind.CONVERSION_REQUEST || kind == ImplementationRecordKind.TRADEMARK_USE;
        String cleanCounterpart = counterpartNeeded ? problems.required("counterpart", counterpart, 200)
                : problems.optional("counterpart", counterpart, 200);
        String cleanDescription = problems.optional("description", description, 4000);
        if (participants != null && (kind == null || !kind.isEvent())) {
            problems.add(FieldProblem.of("participants", "LC-8", "implementation.participantsForEventsOnly"));
        } else if (participants != null && participants < 1) {
            problems.add(FieldProblem.of("participants", "FORMAT", "validation.between", 1, Integer.MAX_VALUE));
        }
        if (kind == ImplementationRecordKind.CONVERSION_REQUEST && conversionLevel == null) {
            problems.add(FieldProblem.of("conversionLevel", "LC-8", "validation.required"));
        }
        if (kind != ImplementationRecordKind.CONVERSION_REQUEST && conversionLevel != null) {
            problems.add(FieldProblem.of("conversionLevel", "LC-8", "implementation.levelForConversionsOnly"));
        }
        problems.throwIfAny();
        return new ImplementationRecord(id, standard, kind, occurredOn, cleanTitle, cleanCounterpart, participants,
                cleanDescription, conversionLevel,
                kind == ImplementationRecordKind.CONVERSION_REQUEST ? ConversionOutcome.PENDING : null,
                null, null, recordedBy, null, now);
    }
}
