package cn.tuanbiao.shared.service;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock every deadline is computed from; tests replace it to move time. */
@Factory
class ClockFactory {

    @Singleton
    PlatformClock clock() {
        return new PlatformClock();
    }
}
