package cn.tuanbiao.comments.service;

import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import jakarta.inject.Singleton;

/** Checks a comment as written, members' and the public's alike (PART-1), naming every field at fault. */
@Singleton
class CommentInput {

    static final int MAX_TEXT = 5000;

    CommentDraft validated(CommentDraft draft) {
        Problems problems = new Problems();
        String clause = problems.required("clause", draft.clause(), 100);
        if (draft.type() == null) {
            problems.add(FieldProblem.of("commentType", "PART-1", "validation.required"));
        }
        String comment = problems.required("comment", draft.comment(), MAX_TEXT);
        String proposedChange = problems.optional("proposedChange", draft.proposedChange(), MAX_TEXT);
        String unit = problems.optional("unit", draft.unit(), 200);
        problems.throwIfAny();
        return new CommentDraft(clause, draft.type(), comment, proposedChange, unit);
    }
}
