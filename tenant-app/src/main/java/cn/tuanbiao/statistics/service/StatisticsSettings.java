package cn.tuanbiao.statistics.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How the statistics fold runs: how often, and how many changes it folds per transaction. */
@ConfigurationProperties("tuanbiao.statistics.fold")
public record StatisticsSettings(
        @Bindable(defaultValue = "1s") Duration interval,
        @Bindable(defaultValue = "5000") int batchSize,
        @Bindable(defaultValue = "true") boolean scheduled) {
}
