package cn.tuanbiao.registry.protocol;

import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The JSON Canonicalization Scheme (RFC 8785): sorted member names, no insignificant white space,
 * the shortest number form, UTF-8. A deployment signs canonical bytes, and the registry refuses a
 * body that is not already canonical, so that what was signed is exactly what is stored (PROTOCOL §2).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical bytes of {@code json}; refuses text that is not JSON. */
    public static byte[] of(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** Whether {@code body} is already in canonical form (the registry's NOT_CANONICAL check). */
    public static boolean isCanonical(byte[] body) {
        try {
            return Arrays.equals(body, of(new String(body, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }
}
