package cn.tuanbiao.shared.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock: the system's, except while history is being replayed. Loading the demo
 * at start-up, before anyone is served, replays work that happened weeks ago (a comment period
 * that has run its 30 days) through the real services, whose rules compare with "today".
 */
public final class PlatformClock extends Clock {

    private volatile Duration replayingAgo;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Duration ago = replayingAgo;
        return ago == null ? Instant.now() : Instant.now().minus(ago);
    }

    /**
     * Runs {@code work} with time running {@code ago} behind; only for start-up loading, never while
     * serving. Replays nest: a shorter one inside lets history move on (a meeting convened, then held),
     * and the outer one's time comes back after it.
     */
    public synchronized void replay(Duration ago, Runnable work) {
        Duration outer = replayingAgo;
        replayingAgo = ago;
        try {
            work.run();
        } finally {
            replayingAgo = outer;
        }
    }
}
