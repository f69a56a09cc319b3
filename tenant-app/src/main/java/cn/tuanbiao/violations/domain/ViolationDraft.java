package cn.tuanbiao.violations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;

import java.util.UUID;

/**
 * A violation case as an inspector records it: the organization (by its code, 社会团体代号), the rule
 * broken, the facts, and the source (a referral's or an inspection draw's id, or none). Every problem
 * is reported at once, each naming its field.
 */
public record ViolationDraft(String organizationCode, String rule, String facts, SourceKind sourceKind, UUID sourceId) {

    public static final int RULE_LENGTH = 500;
    public static final int FACTS_LENGTH = 4000;

    public ViolationDraft {
        Problems problems = new Problems();
        organizationCode = problems.required("violationOrganization", organizationCode, 16);
        rule = problems.required("violationRule", rule, RULE_LENGTH);
        facts = problems.required("violationFacts", facts, FACTS_LENGTH);
        if (sourceKind == null) {
            sourceKind = SourceKind.OTHER;
        }
        if (sourceKind != SourceKind.OTHER && sourceId == null) {
            problems.add(FieldProblem.of("violationSource", "PUB-4", "violations.sourceRequired"));
        }
        problems.throwIfAny();
        if (sourceKind == SourceKind.OTHER) {
            sourceId = null;
        }
        organizationCode = organizationCode.toUpperCase(java.util.Locale.ROOT);
    }

    /** A refusal of the source named, once it is known not to exist or to concern another organization. */
    public static InvalidInputException unknownSource() {
        return new InvalidInputException(FieldProblem.of("violationSource", "PUB-4", "violations.sourceUnknown"));
    }
}
