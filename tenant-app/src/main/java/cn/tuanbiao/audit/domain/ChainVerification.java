package cn.tuanbiao.audit.domain;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of walking an organization's audit chain from its first event (AUD-1).
 *
 * @param eventsChecked how many events were read
 * @param breaks        every broken link found, in chain order; empty when the chain is intact
 */
public record ChainVerification(UUID tenant, String organizationCode, long eventsChecked, List<ChainBreak> breaks) {

    public ChainVerification {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** One broken link: where, and what is wrong there. */
    public record ChainBreak(long sequence, Problem problem) {
    }

    public enum Problem {
        /** The event's content no longer gives its stored hash: it was changed. */
        CONTENT_CHANGED,
        /** The event does not point to the hash of the event before it. */
        LINK_BROKEN,
        /** A sequence number is missing: an event was removed. */
        EVENT_MISSING,
        /** The head records a later event than the log holds: the newest events were removed. */
        HEAD_MISMATCH
    }
}
