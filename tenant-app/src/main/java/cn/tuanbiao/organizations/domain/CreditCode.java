package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.Locale;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015 (ORG-2): 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z); the 18th is a check character computed from the
 * first 17 with weights 3^(i) mod 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String RULE = "ORG-2";

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw refused("creditCode.length");
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw refused("creditCode.character");
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw refused("creditCode.checkDigit");
        }
    }

    /** Accepts what people type: spaces around it and lower-case letters. */
    public static CreditCode parse(String raw) {
        return new CreditCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The administrative division (GB/T 2260) of the registering authority: characters 3 to 8. */
    public String registrationRegion() {
        return value.substring(2, 8);
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(FieldProblem.of("creditCode", RULE, key));
    }

    @Override
    public String toString() {
        return value;
    }
}
