package cn.tuanbiao.registry.relay.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reconciles with the registry every night at 02:30 China time, where a registry is configured. */
@Singleton
@Requires(property = "tuanbiao.registry.url", pattern = ".*\\S.*")
@Requires(property = "tuanbiao.registry.scheduled", notEquals = "false")
class ReconciliationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciliation reconciliation;

    ReconciliationSchedule(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(cron = "${tuanbiao.registry.reconciliation-cron:0 30 2 * * ?}", zoneId = "Asia/Shanghai")
    void reconcile() {
        try {
            reconciliation.reconcile();
        } catch (RuntimeException e) {
            LOG.error("Registry reconciliation failed; it runs again tomorrow", e);
        }
    }
}
