package cn.tuanbiao.statistics.service;

import cn.tuanbiao.statistics.persistence.StatisticsFolds;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

/**
 * Keeps the cross-tenant statistics current: folds the changes recorded since the last fold
 * into the rollups (V28's statistics_fold, outside any tenant), one batch per short transaction.
 * Safe to run on several servers at once: one fold runs at a time, the others return at once.
 */
@Singleton
public class StatisticsFold {

    /** Batches per run at most, so that one run ends even while changes keep arriving. */
    private static final int MAX_ROUNDS = 50;

    private final Transactions transactions;
    private final StatisticsFolds folds;
    private final StatisticsSettings settings;

    public StatisticsFold(Transactions transactions, StatisticsFolds folds, StatisticsSettings settings) {
        this.transactions = transactions;
        this.folds = folds;
        this.settings = settings;
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

    /**
     * Builds the rollups again from the standards and organizations themselves (the fold's
     * backfill); holds back writes to them while it counts. Returns the organizations counted.
     */
    public int rebuild() {
        return transactions.onPlatform(folds::rebuild);
    }
}
