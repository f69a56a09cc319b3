package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.TenantId;

/** A council member's nomination of an expert to the pool (ORG-5): who, in which field, for which member. */
public record Nomination(TenantId member, String name, String field, String title) {

    /** The same nomination, trimmed; refuses missing or over-long fields (all problems at once). */
    public Nomination validate() {
        Problems problems = new Problems();
        if (member == null) {
            problems.add(FieldProblem.of("member", "FORMAT", "validation.required"));
        }
        String n = problems.required("name", name, 100);
        String f = problems.required("field", field, 200);
        String t = problems.optional("title", title, 100);
        problems.throwIfAny();
        return new Nomination(member, n, f, t);
    }
}
