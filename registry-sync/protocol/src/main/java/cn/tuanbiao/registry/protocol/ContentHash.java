package cn.tuanbiao.registry.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A declaration's or profile's content hash (PROTOCOL §5): the lower-case hex SHA-256 of its
 * canonical JSON. Both ends compute it the same way, so reconciliation compares hashes only.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of {@code json}, canonicalized first. */
    public static String of(String json) {
        return hex(CanonicalJson.of(json));
    }

    /** The hash of bytes already canonical. */
    public static String hex(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
