package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Backoff;
import cn.tuanbiao.notifications.domain.Email;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox's e-mails of every organization through SMTP.
 *
 * <p>Each round claims a batch (a short transaction outside any tenant, through the V21 claim
 * function: rows locked by another relay are skipped, claimed rows are leased and their attempt
 * counted), sends each message and marks it right after, each mark its own short transaction, so
 * no transaction stays open while the SMTP server answers. Guarantees: nothing committed is lost
 * (a row leaves PENDING only when marked SENT or DEAD); a row marked SENT is never sent again;
 * a relay dying between sending and marking makes the row due again when its lease runs out, so
 * delivery is at-least-once, and the Message-ID, derived from the outbox id, lets receivers
 * dedupe. A failure waits by capped exponential backoff; after the configured attempts the row is
 * DEAD, visible to the organization's administrators.
 */
@Singleton
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /** Rounds per run at most, so that one run ends even while mail keeps arriving. */
    private static final int MAX_ROUNDS = 20;

    private final Transactions transactions;
    private final OutboxStore outbox;
    private final NotificationTexts texts;
    private final SmtpMailer mailer;
    private final SmtpSettings smtp;
    private final RelaySettings settings;
    private final Clock clock;

    public OutboxRelay(Transactions transactions, OutboxStore outbox, NotificationTexts texts, SmtpMailer mailer,
                       SmtpSettings smtp, RelaySettings settings, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.texts = texts;
        this.mailer = mailer;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers what is due now; returns the e-mails sent. Without an SMTP server, sends nothing and keeps everything queued. */
    public synchronized int relay() {
        if (!smtp.configured()) {
            return 0;
        }
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxMessage> batch = transactions.onPlatform(() -> outbox.claim(OutboxStore.EMAIL, clock.instant(),
                    settings.lease(), settings.batchSize()));
            if (batch.isEmpty()) {
                break;
            }
            sent += deliver(batch);
            if (batch.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private int deliver(List<OutboxMessage> batch) {
        int sent = 0;
        int next = 0;
        try (SmtpMailer.Connection connection = mailer.connect()) {
            for (; next < batch.size(); next++) {
                OutboxMessage message = batch.get(next);
                Email email;
                try {
                    email = texts.email(message);
                } catch (RuntimeException e) {
                    failed(message, "cannot compose: " + e);
                    continue;
                }
                try {
                    connection.send(email);
                } catch (MessagingException e) {
                    failed(message, e.toString());
                    continue;
                }
                transactions.onPlatform(() -> outbox.markSent(message.tenant(), message.id(), clock.instant()));
                sent++;
            }
        } catch (MessagingException e) {
            // The server does not answer: every message not yet tried waits for its next attempt.
            for (; next < batch.size(); next++) {
                failed(batch.get(next), e.toString());
            }
        }
        return sent;
    }

    private void failed(OutboxMessage message, String error) {
        Backoff backoff = settings.backoff();
        Instant now = clock.instant();
        boolean giveUp = backoff.givesUpAfter(message.attempts());
        if (giveUp) {
            LOG.error("E-mail {} of organization {} undeliverable after {} attempts, kept as a dead letter: {}",
                    message.id(), message.tenant(), message.attempts(), error);
        } else {
            LOG.warn("E-mail {} not delivered (attempt {}), next try in {}: {}", message.id(), message.attempts(),
                    backoff.after(message.attempts()), error);
        }
        transactions.onPlatform(() -> outbox.markFailed(message.tenant(), message.id(), error,
                backoff.nextAttempt(now, message.attempts()), giveUp));
    }
}
