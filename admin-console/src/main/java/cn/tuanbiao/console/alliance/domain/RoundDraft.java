package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** The secretariat opens an award round (SUP-1): its name, year, closing date and what it is for. */
public record RoundDraft(String name, Integer year, LocalDate closesOn, String description) {

    /** The same draft, trimmed; a closing date already past is refused (nobody could nominate). */
    public RoundDraft validate(LocalDate today) {
        Problems problems = new Problems();
        String n = problems.required("name", name, 200);
        if (year == null) {
            problems.add(FieldProblem.of("year", "FORMAT", "validation.required"));
        } else if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "FORMAT", "validation.between", 2000, 2100));
        }
        if (closesOn == null) {
            problems.add(FieldProblem.of("closesOn", "FORMAT", "validation.required"));
        } else if (closesOn.isBefore(today)) {
            problems.add(FieldProblem.of("closesOn", "SUP-1", "alliance.award.closesInThePast", today));
        }
        String d = problems.optional("description", description, 2000);
        problems.throwIfAny();
        return new RoundDraft(n, year, closesOn, d);
    }
}
