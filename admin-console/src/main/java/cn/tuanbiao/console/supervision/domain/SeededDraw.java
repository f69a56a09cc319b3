package cn.tuanbiao.console.supervision.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The random draw of a random inspection (双随机, SUP-2), reproducible by anyone from its seed and
 * its pool, without this platform:
 * <ol>
 *   <li>each candidate of the pool has a stable, public key: an organization's code (e.g.
 *       {@code ZJZZ}, unique in the national registry), an inspector's person id;</li>
 *   <li>its ticket is the SHA-256 of the UTF-8 bytes of {@code seed + ":" + key}, in lowercase hex;</li>
 *   <li>the pool is ranked by ticket, ascending (ties, practically impossible, by key); the first
 *       N are drawn.</li>
 * </ol>
 * In a shell: {@code printf '%s' "$SEED:ZJZZ" | sha256sum} for each key, then {@code sort}. The
 * order in which the pool is listed does not matter, and no candidate can be favoured without
 * knowing the seed before the pool was fixed; the pool's digest ({@link #poolDigest}) pins the
 * pool that was drawn from.
 */
public final class SeededDraw {

    private SeededDraw() {
    }

    /** The candidate's ticket: hex SHA-256 of {@code seed:key}. */
    public static String ticket(String seed, String key) {
        return sha256(seed + ":" + key);
    }

    /** The keys of the pool in the draw's order: the first N are the ones drawn. */
    public static List<String> rank(String seed, Collection<String> keys) {
        return keys.stream()
                .map(key -> new Ticket(ticket(seed, key), key))
                .sorted(Comparator.comparing(Ticket::ticket).thenComparing(Ticket::key))
                .map(Ticket::key)
                .toList();
    }

    /** The first {@code n} of the ranked pool (all of it when it is smaller). */
    public static List<String> draw(String seed, Collection<String> keys, int n) {
        List<String> ranked = rank(seed, keys);
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    /**
     * The digest of both pools: SHA-256 over the lines {@code O:<key>} for each organization and
     * {@code I:<key>} for each inspector, in key order, each line ended by a newline.
     */
    public static String poolDigest(Collection<String> organizationKeys, Collection<String> inspectorKeys) {
        StringBuilder lines = new StringBuilder();
        organizationKeys.stream().sorted().forEach(k -> lines.append("O:").append(k).append('\n'));
        inspectorKeys.stream().sorted().forEach(k -> lines.append("I:").append(k).append('\n'));
        return sha256(lines.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private record Ticket(String ticket, String key) {
    }
}
