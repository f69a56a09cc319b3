package cn.tuanbiao.registry.national.database;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.function.Function;

/**
 * One jOOQ transaction on the application pool: the work gets a DSLContext bound to the
 * transaction's connection, commits when it returns, rolls back when it throws.
 */
@Singleton
public class Transactions {

    private final DSLContext dsl;

    public Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** Serializes the transaction with every other that locks one of {@code names} (advisory locks, taken in one order). */
    public static void lock(DSLContext tx, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        tx.resultQuery("select pg_advisory_xact_lock(h) from (select distinct hashtextextended(n, 0) h "
                + "from unnest(?::text[]) n order by h) locks", (Object) names.toArray(String[]::new)).fetch();
    }
}
