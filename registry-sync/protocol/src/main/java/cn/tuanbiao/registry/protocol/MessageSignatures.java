package cn.tuanbiao.registry.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Message Signatures (RFC 9421) as the registry protocol uses them: one signature labelled
 * {@code tb}, algorithm {@code ed25519}, covering {@code @method}, {@code @target-uri},
 * {@code content-type}, {@code content-digest} and {@code idempotency-key}, valid for at most five
 * minutes (PROTOCOL §2). Ed25519 comes with the Java runtime.
 */
public final class MessageSignatures {

    static final String LABEL = "tb";
    static final List<String> COVERED = List.of("@method", "@target-uri", "content-type", "content-digest",
            "idempotency-key");
    static final Duration LONGEST = Duration.ofMinutes(5);
    static final Duration SKEW = Duration.ofSeconds(60);
    private static final Pattern INPUT = Pattern.compile(
            "tb=\\((?<components>[^)]*)\\);created=(?<created>\\d+);expires=(?<expires>\\d+);keyid=\"(?<keyid>[^\"]+)\";alg=\"ed25519\"");
    private static final Pattern VALUE = Pattern.compile("tb=:(?<signature>[A-Za-z0-9+/=]+):");

    /** Why a signature is refused: the registry's error codes (PROTOCOL §6). */
    public enum Refusal {
        SIGNATURE_MISSING,
        SIGNATURE_INVALID,
        SIGNATURE_EXPIRED,
        UNKNOWN_KEY,
        DIGEST_MISMATCH
    }

    private MessageSignatures() {
    }

    /** The two headers to add: {@code Signature-Input} and {@code Signature}. */
    public static Map<String, String> sign(SignedRequest request, String keyId, PrivateKey key, Instant now) {
        String params = params(now.getEpochSecond(), now.plus(LONGEST).getEpochSecond(), keyId);
        byte[] base = base(request, params).getBytes(StandardCharsets.UTF_8);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(base);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("signature-input", LABEL + "=" + params);
            headers.put("signature", LABEL + "=:" + Base64.getEncoder().encodeToString(ed25519.sign()) + ":");
            return headers;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Checks a received request against its body and the enrolled keys; empty when it is
     * authentic and fresh, else why not.
     */
    public static Optional<Refusal> verify(SignedRequest request, byte[] body, Function<String, PublicKey> keys,
                                           Instant now) {
        if (!ContentDigest.matches(request.header("content-digest"), body)) {
            return Optional.of(Refusal.DIGEST_MISMATCH);
        }
        String input = request.header("signature-input");
        String value = request.header("signature");
        if (input == null || value == null) {
            return Optional.of(Refusal.SIGNATURE_MISSING);
        }
        Matcher params = INPUT.matcher(input);
        Matcher signature = VALUE.matcher(value);
        if (!params.matches() || !signature.matches()
                || !params.group("components").equals(quoted(COVERED))) {
            return Optional.of(Refusal.SIGNATURE_INVALID);
        }
        long created = Long.parseLong(params.group("created"));
        long expires = Long.parseLong(params.group("expires"));
        if (expires - created > LONGEST.getSeconds() || now.minus(SKEW).getEpochSecond() > expires
                || now.plus(SKEW).getEpochSecond() < created) {
            return Optional.of(Refusal.SIGNATURE_EXPIRED);
        }
        PublicKey key = keys.apply(params.group("keyid"));
        if (key == null) {
            return Optional.of(Refusal.UNKNOWN_KEY);
        }
        String base = base(request, input.substring(LABEL.length() + 1));
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(base.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Base64.getDecoder().decode(signature.group("signature")))
                    ? Optional.empty() : Optional.of(Refusal.SIGNATURE_INVALID);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of(Refusal.SIGNATURE_INVALID);
        }
    }

    /** The signature base of RFC 9421 §2.5: one line per covered component, then the parameters. */
    static String base(SignedRequest request, String params) {
        StringBuilder base = new StringBuilder();
        for (String component : COVERED) {
            String value = switch (component) {
                case "@method" -> request.method().toUpperCase(java.util.Locale.ROOT);
                case "@target-uri" -> request.targetUri();
                default -> request.header(component);
            };
            base.append('"').append(component).append("\": ").append(value == null ? "" : value.strip()).append('\n');
        }
        return base.append("\"@signature-params\": ").append(params).toString();
    }

    private static String params(long created, long expires, String keyId) {
        return "(" + quoted(COVERED) + ");created=" + created + ";expires=" + expires + ";keyid=\"" + keyId
                + "\";alg=\"ed25519\"";
    }

    private static String quoted(List<String> components) {
        return String.join(" ", components.stream().map(c -> '"' + c + '"').toList());
    }
}
