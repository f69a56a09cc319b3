package cn.tuanbiao.users.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

/** A new password as chosen by its owner: long enough, and not all of one kind of character. */
public final class Password {

    public static final int MIN_LENGTH = 10;

    private Password() {
    }

    public static String check(String raw) {
        if (raw == null || raw.length() < MIN_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("password", "FORMAT", "password.tooShort", MIN_LENGTH));
        }
        if (raw.length() > 200) {
            throw new InvalidInputException(FieldProblem.of("password", "FORMAT", "validation.tooLong", 200));
        }
        boolean letter = raw.chars().anyMatch(Character::isLetter);
        boolean other = raw.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            throw new InvalidInputException(FieldProblem.of("password", "FORMAT", "password.tooSimple"));
        }
        return raw;
    }
}
