package cn.tuanbiao.users.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, the sign-in name; compared lower-cased. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 200 || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(FieldProblem.of("email", "FORMAT", "validation.email"));
        }
    }

    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
