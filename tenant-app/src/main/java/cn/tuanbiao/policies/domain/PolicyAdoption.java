package cn.tuanbiao.policies.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;
import java.util.UUID;

/** The adoption of a policy's new version as typed (ORG-6, AUD-2). */
public record PolicyAdoption(PolicyTopic topic, String title, UUID adoptedByBody, LocalDate adoptedOn,
                             String decisionReference, LocalDate inForceFrom) {

    public Valid validate(LocalDate today) {
        Problems problems = new Problems();
        if (topic == null) {
            problems.add(FieldProblem.of("policyTopic", "FORMAT", "validation.required"));
        }
        String cleanTitle = problems.required("policyTitle", title, 200);
        if (adoptedByBody == null) {
            problems.add(FieldProblem.of("adoptedByBody", "ORG-6", "validation.required"));
        }
        if (adoptedOn == null) {
            problems.add(FieldProblem.of("adoptedOn", "FORMAT", "validation.required"));
        } else if (adoptedOn.isAfter(today)) {
            problems.add(FieldProblem.of("adoptedOn", "ORG-6", "policies.adoptedInFuture"));
        }
        String reference = problems.required("decisionReference", decisionReference, 200);
        LocalDate from = inForceFrom == null ? adoptedOn : inForceFrom;
        if (from != null && adoptedOn != null && from.isBefore(adoptedOn)) {
            problems.add(FieldProblem.of("inForceFrom", "ORG-6", "policies.inForceBeforeAdoption"));
        }
        problems.throwIfAny();
        return new Valid(topic, cleanTitle, adoptedByBody, adoptedOn, reference, from);
    }

    /** A checked adoption. */
    public record Valid(PolicyTopic topic, String title, UUID adoptedByBody, LocalDate adoptedOn,
                        String decisionReference, LocalDate inForceFrom) {
    }
}
