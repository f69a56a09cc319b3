package cn.tuanbiao.tenancy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place where a transaction learns its tenant.
 *
 * <p>Every unit of work that touches tenant-owned tables runs through {@link #inTenant}: the
 * transaction's first statement is {@code set_config('app.tenant_id', …, true)}, which is
 * transaction-local, so a pooled connection never carries a tenant to its next borrower.
 * Micronaut Data repositories and jOOQ share the transaction (and so the tenant), because
 * both sit on the same transaction-aware data source. Work outside these methods sees no
 * tenant rows at all: the row-level-security policies fail closed.
 */
@Singleton
public class Transactions {

    private static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";
    private static final String SET_PERSON = "select set_config('app.user_id', ?, true)";
    private static final String CURRENT_TENANT = "select current_setting('app.tenant_id', true)";

    private final TransactionOperations<Connection> transactions;

    public Transactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work} in a read-write transaction confined to {@code tenant}. */
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        boolean nested = transactions.findTransactionStatus().isPresent();
        return transactions.executeWrite(status -> enterTenant(status.getConnection(), nested, tenant, work));
    }

    /** Runs {@code work} in a read-only transaction confined to {@code tenant}. */
    public <T> T readInTenant(TenantId tenant, Supplier<T> work) {
        boolean nested = transactions.findTransactionStatus().isPresent();
        return transactions.executeRead(status -> enterTenant(status.getConnection(), nested, tenant, work));
    }

    /**
     * Runs {@code work} with no tenant but with the signed-in person set, which lets that
     * person read their own memberships across organizations and nothing else.
     */
    public <T> T readAsPerson(PersonId person, Supplier<T> work) {
        return transactions.executeRead(status -> {
            execute(status.getConnection(), SET_PERSON, person.toString());
            return work.get();
        });
    }

    /** Runs {@code work} on platform-level tables only: no tenant is set, so tenant rows stay invisible. */
    public <T> T onPlatform(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    /** Read-only variant of {@link #onPlatform}. */
    public <T> T readOnPlatform(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    private <T> T enterTenant(Connection connection, boolean nested, TenantId tenant, Supplier<T> work) {
        if (!nested) {
            execute(connection, SET_TENANT, tenant.toString());
            return work.get();
        }
        Optional<String> outer = currentTenant(connection);
        if (outer.isEmpty()) {
            execute(connection, SET_TENANT, tenant.toString());
        } else if (!outer.get().equals(tenant.toString())) {
            // Joining would silently move the outer work to another tenant.
            throw new IllegalStateException("A transaction for tenant " + outer.get()
                    + " cannot switch to tenant " + tenant);
        }
        return work.get();
    }

    private static Optional<String> currentTenant(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(CURRENT_TENANT);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            String value = rows.getString(1);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the transaction's tenant", e);
        }
    }

    private static void execute(Connection connection, String sql, String value) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the transaction's tenancy context", e);
        }
    }
}
