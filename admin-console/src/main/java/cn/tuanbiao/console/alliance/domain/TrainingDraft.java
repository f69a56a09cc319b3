package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** The secretariat schedules a training (SUP-1): title, date, a place or online, capacity. */
public record TrainingDraft(String title, LocalDate heldOn, boolean online, String place, Integer capacity,
                            String description) {

    /** The same draft, trimmed; a date already past, no place for an in-person training, no seats are refused. */
    public TrainingDraft validate(LocalDate today) {
        Problems problems = new Problems();
        String t = problems.required("title", title, 200);
        if (heldOn == null) {
            problems.add(FieldProblem.of("heldOn", "FORMAT", "validation.required"));
        } else if (heldOn.isBefore(today)) {
            problems.add(FieldProblem.of("heldOn", "SUP-1", "alliance.training.inThePast", today));
        }
        String p = problems.optional("place", place, 200);
        if (!online && p == null) {
            problems.add(FieldProblem.of("place", "SUP-1", "alliance.training.placeRequired"));
        }
        if (capacity == null) {
            problems.add(FieldProblem.of("capacity", "FORMAT", "validation.required"));
        } else if (capacity < 1 || capacity > 10000) {
            problems.add(FieldProblem.of("capacity", "FORMAT", "validation.between", 1, 10000));
        }
        String d = problems.optional("description", description, 2000);
        problems.throwIfAny();
        return new TrainingDraft(t, heldOn, online, p, capacity, d);
    }
}
