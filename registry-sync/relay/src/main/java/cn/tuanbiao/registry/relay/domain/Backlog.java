package cn.tuanbiao.registry.relay.domain;

import java.time.Instant;

/**
 * The registry backlog as the operator follows it: the events still waiting and the oldest of them;
 * of the events written since that one (the window), how many the registry has settled (applied or
 * refused); and the rejected and dead events that need someone.
 */
public record Backlog(long pending, Instant oldestPending, long windowEvents, long windowSettled, long rejected,
                      long dead) {

    /** How far the deployment has come through the current backlog: 1 when nothing waits. */
    public double progress() {
        return pending == 0 || windowEvents == 0 ? 1 : (double) windowSettled / windowEvents;
    }
}
