package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.registry.relay.persistence.RelayStore.DeadLetter;
import cn.tuanbiao.registry.relay.persistence.RelayStore.StateCount;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The platform operator's view of the registry sync: the backlog across the deployment (how many
 * events wait, were sent, were applied, refused or given up) and the dead letters to replay.
 */
@Singleton
public class SyncBacklog {

    private final AccessControl access;
    private final Transactions transactions;
    private final RelayStore store;
    private final Clock clock;

    public SyncBacklog(AccessControl access, Transactions transactions, RelayStore store, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
    }

    /** Counts per state; {@code delivered / total} is how far the backlog has come. */
    public record Backlog(long pending, long accepted, long rejected, long dead, Instant oldestPending) {

        public long total() {
            return pending + accepted + rejected + dead;
        }

        /** The share of events the registry has settled (applied or refused), 1 when there are none. */
        public double progress() {
            return total() == 0 ? 1 : (double) (accepted + rejected) / total();
        }
    }

    public Backlog backlog(PersonId operator) {
        access.requireOperator(operator);
        List<StateCount> counts = transactions.readOnPlatform(() -> store.backlog(clock.instant()));
        return new Backlog(count(counts, "PENDING"), count(counts, "ACCEPTED"), count(counts, "REJECTED"),
                count(counts, "DEAD"), counts.stream().filter(c -> c.state().equals("PENDING")).map(StateCount::oldest)
                .findFirst().orElse(null));
    }

    public List<DeadLetter> deadLetters(PersonId operator, Instant before, int limit) {
        access.requireOperator(operator);
        return transactions.readOnPlatform(() -> store.deadLetters(before == null ? clock.instant() : before,
                Math.min(limit, 200)));
    }

    /** Sends one dead letter again (its tries counted anew); returns whether it was still dead. */
    public boolean replay(PersonId operator, UUID tenant, UUID id) {
        access.requireOperator(operator);
        return transactions.onPlatform(() -> store.replayDead(tenant, id, clock.instant())) > 0;
    }

    /** Sends every dead letter again; returns how many. */
    public int replayAll(PersonId operator) {
        access.requireOperator(operator);
        return transactions.onPlatform(() -> store.replayDead(null, null, clock.instant()));
    }

    private static long count(List<StateCount> counts, String state) {
        return counts.stream().filter(c -> c.state().equals(state)).mapToLong(StateCount::events).sum();
    }
}
