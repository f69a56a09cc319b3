package cn.tuanbiao.shared.domain;

import java.util.List;

/**
 * One reason a field was refused: which field, which rule (a requirement ID such as
 * {@code ORG-2}, or {@code FORMAT} for plain input rules), and a message key with its
 * arguments so that the UI and the API can say it in the user's language.
 */
public record FieldProblem(String field, String rule, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String rule, String messageKey, Object... arguments) {
        return new FieldProblem(field, rule, messageKey, List.of(arguments));
    }
}
