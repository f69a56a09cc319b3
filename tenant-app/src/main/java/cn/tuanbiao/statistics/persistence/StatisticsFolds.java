package cn.tuanbiao.statistics.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The fold and the rebuild of V28 (cross-tenant functions: they run outside any tenant's
 * transaction, and refuse to run inside one).
 */
@Singleton
public class StatisticsFolds {

    private final DSLContext db;

    public StatisticsFolds(DSLContext db) {
        this.db = db;
    }

    /** Folds up to {@code limit} pending deltas; returns how many (0 when none, or another fold runs). */
    public int fold(int limit) {
        Integer folded = db.resultQuery("select statistics_fold({0})", DSL.val(limit)).fetchOne(0, Integer.class);
        return folded == null ? 0 : folded;
    }

    /**
     * Recounts the member indicators (V33) of the organizations named by up to {@code limit}
     * pending changes; returns how many changes it served (0 when none, or another refresh runs).
     */
    public int refreshMemberIndicators(int limit) {
        Integer served = db.resultQuery("select member_indicators_refresh({0})", DSL.val(limit))
                .fetchOne(0, Integer.class);
        return served == null ? 0 : served;
    }

    /**
     * Folds up to {@code limit} pending compliance risk changes and switches on the risks due by {@code now}
     * (V35); returns how many it handled (0 when none, or another fold runs).
     */
    public int foldRisks(int limit, java.time.Instant now) {
        Integer folded = db.resultQuery("select compliance_risk_fold({0}, {1})", DSL.val(limit),
                DSL.val(now.atOffset(java.time.ZoneOffset.UTC))).fetchOne(0, Integer.class);
        return folded == null ? 0 : folded;
    }

    /** Builds the compliance risk list again from the records; returns the organizations at risk. */
    public int rebuildRisks(java.time.Instant now) {
        Integer counted = db.resultQuery("select compliance_risk_rebuild({0})",
                DSL.val(now.atOffset(java.time.ZoneOffset.UTC))).fetchOne(0, Integer.class);
        return counted == null ? 0 : counted;
    }

    /** Builds every rollup again from the standards and organizations; returns the organizations counted. */
    public int rebuild() {
        Integer counted = db.resultQuery("select statistics_rebuild()").fetchOne(0, Integer.class);
        return counted == null ? 0 : counted;
    }
}
