package cn.tuanbiao.registry.national.intake;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last a check character over the first 17.
 */
final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    /** The check character that completes the first 17 characters (fixtures build valid codes with it). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int sum) {
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
