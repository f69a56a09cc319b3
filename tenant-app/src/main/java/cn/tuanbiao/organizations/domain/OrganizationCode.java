package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The organization code used in standard numbers ({@code T/CAS 123—2024}): upper-case Latin
 * letters and digits, starting with a letter, unique across the platform (ORG-2, LC-4).
 */
public record OrganizationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    public OrganizationCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(FieldProblem.of("code", "ORG-2", "organizationCode.format"));
        }
    }

    public static OrganizationCode parse(String raw) {
        return new OrganizationCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
