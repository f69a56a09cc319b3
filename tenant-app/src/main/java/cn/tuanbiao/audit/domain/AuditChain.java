package cn.tuanbiao.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How an audit event is hashed into its organization's chain (AUD-1).
 *
 * <p>The hashed text is every field, length-prefixed so that no two different events share one
 * text, in a fixed order, with the details sorted by key; the predecessor's hash comes first, which
 * is what makes the log a chain. Times are cut to microseconds, the precision PostgreSQL keeps.
 */
public final class AuditChain {

    /** The predecessor of an organization's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static Instant storablePrecision(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hashOf(AuditEvent event) {
        return hash(event.previousHash(), event.tenant(), event.sequence(), event.recordedAt(), event.actor(),
                event.subjectType(), event.subjectId(), event.action(), event.reason(), event.details());
    }

    public static String hash(String previousHash, UUID tenant, long sequence, Instant recordedAt, UUID actor,
                              String subjectType, UUID subjectId, String action, String reason,
                              Map<String, String> details) {
        StringBuilder text = new StringBuilder(256);
        field(text, previousHash);
        field(text, tenant.toString());
        field(text, Long.toString(sequence));
        field(text, storablePrecision(recordedAt).toString());
        field(text, actor.toString());
        field(text, subjectType);
        field(text, subjectId.toString());
        field(text, action);
        field(text, reason);
        new TreeMap<>(details).forEach((key, value) -> {
            field(text, key);
            field(text, value);
        });
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
