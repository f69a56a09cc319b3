package cn.tuanbiao.bodies.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** A body as the secretariat sets it up, checked field by field (AUD-2). */
public record BodyCharter(BodyType type, String nameZh, String nameEn, String mandate, LocalDate establishedOn) {

    public Body validate(BodyId id) {
        Problems problems = new Problems();
        if (type == null) {
            problems.add(FieldProblem.of("type", "ORG-3", "bodies.typeRequired"));
        }
        String name = problems.required("nameZh", nameZh, 200);
        String english = problems.optional("nameEn", nameEn, 300);
        String checkedMandate = problems.optional("mandate", mandate, 4000);
        if (establishedOn == null) {
            problems.add(FieldProblem.of("establishedOn", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        return new Body(id, type, name, english, checkedMandate, establishedOn, null);
    }
}
