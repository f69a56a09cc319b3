package cn.tuanbiao.registry.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The {@code Content-Digest} header of RFC 9530, with SHA-256: {@code sha-256=:<base64>:}. */
public final class ContentDigest {

    private ContentDigest() {
    }

    public static String of(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
    }

    /** Whether the header states the SHA-256 of {@code body}; other algorithms are not accepted. */
    public static boolean matches(String header, byte[] body) {
        return header != null && MessageDigest.isEqual(header.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                of(body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
