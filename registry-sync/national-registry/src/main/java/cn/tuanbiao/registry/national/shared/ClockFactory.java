package cn.tuanbiao.registry.national.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The registry's one source of time (signature windows, receipts), replaceable in tests. */
@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
