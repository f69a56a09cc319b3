package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.StandardId;

/**
 * What a complainant files (PART-6): the kind, a title and a description, optionally the standard
 * concerned; an appeal names the decision it contests, a dispute the other party.
 */
public record CaseFiling(CaseKind kind, String title, String description, StandardId standard,
                         ContestedDecision contestedDecision, String otherParty) {

    public static final int MAX_DESCRIPTION = 10_000;

    /** The filing with its text trimmed, or every field refused at once (AUD-2). */
    public CaseFiling validate() {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "FORMAT", "validation.required"));
        }
        String cleanTitle = problems.required("title", title, 200);
        String cleanDescription = problems.required("description", description, MAX_DESCRIPTION);
        String party = problems.optional("otherParty", otherParty, 200);
        if (kind == CaseKind.APPEAL && contestedDecision == null) {
            problems.add(FieldProblem.of("contestedDecision", "PART-6", "cases.appealNamesDecision"));
        }
        if (kind == CaseKind.DISPUTE && (otherParty == null || otherParty.isBlank())) {
            problems.add(FieldProblem.of("otherParty", "PART-6", "cases.disputeNamesParty"));
        }
        problems.throwIfAny();
        return new CaseFiling(kind, cleanTitle, cleanDescription, standard,
                kind == CaseKind.APPEAL ? contestedDecision : null, party);
    }
}
