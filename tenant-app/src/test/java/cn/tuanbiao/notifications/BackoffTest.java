package cn.tuanbiao.notifications;

import cn.tuanbiao.notifications.domain.Backoff;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed deliveries wait twice as long each time, never longer than the cap, and give up after the last attempt. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 8);

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_cap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(backoff.after(10)).as("512 minutes capped").isEqualTo(Duration.ofHours(6));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void it_gives_up_after_the_configured_attempts() {
        assertThat(backoff.givesUpAfter(7)).isFalse();
        assertThat(backoff.givesUpAfter(8)).isTrue();
    }
}
