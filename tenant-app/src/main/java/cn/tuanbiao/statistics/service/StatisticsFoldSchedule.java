package cn.tuanbiao.statistics.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the statistics, then the compliance risk list (V35), every {@code tuanbiao.statistics.fold.interval}
 * (1 s by default), unless
 * {@code tuanbiao.statistics.fold.scheduled=false} (tests fold themselves). Several servers may
 * run it at once: one fold runs at a time.
 */
@Singleton
@Requires(property = "tuanbiao.statistics.fold.scheduled", notEquals = "false")
class StatisticsFoldSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsFoldSchedule.class);

    private final StatisticsFold fold;

    StatisticsFoldSchedule(StatisticsFold fold) {
        this.fold = fold;
    }

    @Scheduled(fixedDelay = "${tuanbiao.statistics.fold.interval:1s}", initialDelay = "${tuanbiao.statistics.fold.interval:1s}")
    void fold() {
        try {
            int folded = fold.fold();
            if (folded > 0) {
                LOG.debug("Folded {} statistics changes", folded);
            }
            int risks = fold.foldRisks();
            if (risks > 0) {
                LOG.debug("Folded {} compliance risk changes", risks);
            }
        } catch (RuntimeException e) {
            LOG.error("Statistics fold failed; its changes stay pending for the next fold", e);
        }
    }
}
