package cn.tuanbiao.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects every problem of a form before refusing it, so the user sees all of them at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(FieldProblem problem) {
        found.add(problem);
    }

    /** Parses one field, remembering its problem and returning null when it is refused. */
    public <T> T parse(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> found.add(new FieldProblem(field, p.rule(), p.messageKey(), p.arguments())));
            return null;
        }
    }

    public String required(String field, String raw, int maxLength) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            found.add(FieldProblem.of(field, "FORMAT", "validation.required"));
            return null;
        }
        if (value.length() > maxLength) {
            found.add(FieldProblem.of(field, "FORMAT", "validation.tooLong", maxLength));
            return null;
        }
        return value;
    }

    public String optional(String field, String raw, int maxLength) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > maxLength) {
            found.add(FieldProblem.of(field, "FORMAT", "validation.tooLong", maxLength));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
