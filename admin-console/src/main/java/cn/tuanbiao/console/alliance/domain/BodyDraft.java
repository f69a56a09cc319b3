package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** The secretariat sets up a committee or working group (SUP-1): which kind, its name, remit and since when. */
public record BodyDraft(AllianceBodyKind kind, String name, String remit, LocalDate establishedOn) {

    /** The same draft, trimmed; refuses what is missing or too long, all problems at once. */
    public BodyDraft validate() {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "FORMAT", "validation.required"));
        }
        String n = problems.required("name", name, 200);
        String r = problems.optional("remit", remit, 1000);
        if (establishedOn == null) {
            problems.add(FieldProblem.of("establishedOn", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        return new BodyDraft(kind, n, r, establishedOn);
    }
}
