package cn.tuanbiao.statistics.service;

import cn.tuanbiao.statistics.persistence.StatisticsFolds;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Keeps the cross-tenant statistics current: folds the changes recorded since the last fold
 * into the rollups (V28's statistics_fold, outside any tenant), one batch per short transaction.
 * Safe to run on several servers at once: one fold runs at a time, the others return at once.
 * The compliance risk list (V35) is folded the same way, and its risks whose date has come (an
 * overdue review, an overdue case) are switched on by the platform's clock.
 */
@Singleton
public class StatisticsFold {

    /** Batches per run at most, so that one run ends even while changes keep arriving. */
    private static final int MAX_ROUNDS = 50;

    private final Transactions transactions;
    private final StatisticsFolds folds;
    private final StatisticsSettings settings;
    private final Clock clock;

    public StatisticsFold(Transactions transactions, StatisticsFolds folds, StatisticsSettings settings, Clock clock) {
        this.transactions = transactions;
        this.folds = folds;
        this.settings = settings;
        this.clock = clock;
    }

    /** Folds one batch; returns the changes folded (0 when none are pending or another fold runs). */
    public int foldOnce() {
        return transactions.onPlatform(() -> folds.fold(settings.batchSize()));
    }

    /**
     * Folds batch after batch until none is left (or another fold holds the turn), then refreshes
     * the member indicators (V33) the same way; returns the changes folded and served.
     */
    public int fold() {
        int folded = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int batch = foldOnce();
            folded += batch;
            if (batch < settings.batchSize()) {
                break;
            }
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int batch = transactions.onPlatform(() -> folds.refreshMemberIndicators(settings.batchSize()));
            folded += batch;
            if (batch < settings.batchSize()) {
                break;
            }
        }
        return folded;
    }

    /** Folds the compliance risk changes and switches on the risks now due; returns how many were handled. */
    public int foldRisks() {
        int folded = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int batch = transactions.onPlatform(() -> folds.foldRisks(settings.batchSize(), clock.instant()));
            folded += batch;
            if (batch < settings.batchSize()) {
                break;
            }
        }
        return folded;
    }

    /** Builds the compliance risk list again from the records (V35's backfill); returns the organizations at risk. */
    public int rebuildRisks() {
        return transactions.onPlatform(() -> folds.rebuildRisks(clock.instant()));
    }

    /**
     * Builds the rollups again from the standards and organizations themselves (the fold's
     * backfill); holds back writes to them while it counts. Returns the organizations counted.
     */
    public int rebuild() {
        return transactions.onPlatform(folds::rebuild);
    }
}
