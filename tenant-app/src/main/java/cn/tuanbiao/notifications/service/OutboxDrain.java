package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Backoff;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What every relay of the outbox does around its own delivery: claims the due messages of one topic across
 * organizations, batch after batch (a short transaction outside any tenant, through the V21 claim: rows
 * another relay holds are skipped, claimed rows are leased and their attempt counted), and marks each
 * message sent, or failed by the relay's backoff and at last dead — each mark its own short transaction.
 */
@Singleton
public class OutboxDrain {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDrain.class);
    /** Rounds per run at most, so that one run ends even while messages keep arriving. */
    private static final int MAX_ROUNDS = 20;

    private final Transactions transactions;
    private final OutboxStore outbox;
    private final RelaySettings settings;
    private final Clock clock;

    public OutboxDrain(Transactions transactions, OutboxStore outbox, RelaySettings settings, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Hands the due messages of {@code topic} to {@code deliver}, a batch at a time; returns what it counted. */
    public int drain(String topic, ToIntFunction<List<OutboxMessage>> deliver) {
        int delivered = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxMessage> batch = transactions.onPlatform(() -> outbox.claim(topic, clock.instant(),
                    settings.lease(), settings.batchSize()));
            if (batch.isEmpty()) {
                break;
            }
            delivered += deliver.applyAsInt(batch);
            if (batch.size() < settings.batchSize()) {
                break;
            }
        }
        return delivered;
    }

    public void sent(OutboxMessage message) {
        transactions.onPlatform(() -> outbox.markSent(message.tenant(), message.id(), clock.instant()));
    }

    /** The message waits for its next attempt by the backoff; after the last one it is a dead letter. */
    public void failed(String topic, OutboxMessage message, String error) {
        Backoff backoff = settings.backoff();
        boolean giveUp = backoff.givesUpAfter(message.attempts());
        if (giveUp) {
            LOG.error("{} message {} of organization {} undeliverable after {} attempts, kept as a dead letter: {}",
                    topic, message.id(), message.tenant(), message.attempts(), error);
        } else {
            LOG.warn("{} message {} of organization {} not delivered (attempt {}), next try in {}: {}", topic,
                    message.id(), message.tenant(), message.attempts(), backoff.after(message.attempts()), error);
        }
        transactions.onPlatform(() -> outbox.markFailed(message.tenant(), message.id(), error,
                backoff.nextAttempt(clock.instant(), message.attempts()), giveUp));
    }
}
