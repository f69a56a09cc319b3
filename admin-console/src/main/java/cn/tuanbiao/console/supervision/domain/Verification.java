package cn.tuanbiao.console.supervision.domain;

import java.util.List;

/**
 * The draw re-run from its recorded seed and pools: whether it gives what was recorded (and the
 * pools still have the digest recorded when drawn), and the keys it gives, in rank order.
 */
public record Verification(boolean matches, boolean poolDigestMatches, List<String> organizations,
                           List<String> inspectors) {
}
