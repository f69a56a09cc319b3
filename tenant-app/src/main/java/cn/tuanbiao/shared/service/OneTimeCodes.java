package cn.tuanbiao.shared.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One-time codes and secret keys for people without an account (public commenters, public
 * complainants): six-digit codes mailed to prove an address, and long keys to a record sent by
 * e-mail. Only their salted SHA-256 is stored, and comparing takes the same time whatever matches.
 */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** A code of six digits, e.g. {@code 048213}. */
    public static String sixDigits() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    /** A key of 256 random bits, URL-safe. */
    public static String secretKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 (hex) of {@code code} salted with the id of what it unlocks. */
    public static String hash(UUID salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code entered} is the code whose salted hash is {@code storedHash}. */
    public static boolean matches(UUID salt, String entered, String storedHash) {
        return entered != null && storedHash != null && MessageDigest.isEqual(
                hash(salt, entered).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
