package cn.tuanbiao.standards.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;
import java.util.UUID;

/** An amendment as typed (LC-1, AUD-2): what it changes, the decision approving it, and its dates. */
public record AmendmentDraft(String summary, String decisionReference, LocalDate publishedOn, LocalDate inForceFrom) {

    /** The checked amendment, still without its text's document, which is stored only once this passes. */
    public Amendment validate(UUID standard, int sequence, Publication publication, LocalDate today) {
        Problems problems = new Problems();
        String cleanSummary = problems.required("amendmentSummary", summary, 4000);
        String reference = problems.required("decisionReference", decisionReference, 200);
        if (publishedOn == null) {
            problems.add(FieldProblem.of("publishedOn", "FORMAT", "validation.required"));
        } else if (publishedOn.isAfter(today) || publishedOn.isBefore(publication.publishedOn())) {
            problems.add(FieldProblem.of("publishedOn", "LC-1", "amendments.publishedOn",
                    publication.publishedOn().toString()));
        }
        LocalDate from = inForceFrom == null ? publishedOn : inForceFrom;
        if (from != null && publishedOn != null && from.isBefore(publishedOn)) {
            problems.add(FieldProblem.of("inForceFrom", "LC-1", "lifecycle.inForceBeforePublication"));
        }
        problems.throwIfAny();
        return new Amendment(standard, sequence, cleanSummary, reference, publishedOn, from, null);
    }
}
