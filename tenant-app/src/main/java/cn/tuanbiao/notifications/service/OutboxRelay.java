package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Email;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;

import java.util.List;

/**
 * Delivers the outbox's e-mails of every organization through SMTP.
 *
 * <p>Each round claims a batch (a short transaction outside any tenant, through the V21 claim
 * function: rows locked by another relay are skipped, claimed rows are leased and their attempt
 * counted, {@link OutboxDrain}), sends each message and marks it right after, each mark its own short transaction, so
 * no transaction stays open while the SMTP server answers. Guarantees: nothing committed is lost
 * (a row leaves PENDING only when marked SENT or DEAD); a row marked SENT is never sent again;
 * a relay dying between sending and marking makes the row due again when its lease runs out, so
 * delivery is at-least-once, and the Message-ID, derived from the outbox id, lets receivers
 * dedupe. A failure waits by capped exponential backoff; after the configured attempts the row is
 * DEAD, visible to the organization's administrators.
 */
@Singleton
public class OutboxRelay {

    private final OutboxDrain drain;
    private final NotificationTexts texts;
    private final SmtpMailer mailer;
    private final SmtpSettings smtp;

    public OutboxRelay(OutboxDrain drain, NotificationTexts texts, SmtpMailer mailer, SmtpSettings smtp) {
        this.drain = drain;
        this.texts = texts;
        this.mailer = mailer;
        this.smtp = smtp;
    }

    /** Delivers what is due now; returns the e-mails sent. Without an SMTP server, sends nothing and keeps everything queued. */
    public synchronized int relay() {
        if (!smtp.configured()) {
            return 0;
        }
        return drain.drain(OutboxStore.EMAIL, this::deliver);
    }

    /** One SMTP connection per batch; each message is marked right after the server took it. */
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
                    drain.failed(OutboxStore.EMAIL, message, "cannot compose: " + e);
                    continue;
                }
                try {
                    connection.send(email);
                } catch (MessagingException e) {
                    drain.failed(OutboxStore.EMAIL, message, e.toString());
                    continue;
                }
                drain.sent(message);
                sent++;
            }
        } catch (MessagingException e) {
            // The server does not answer: every message not yet tried waits for its next attempt.
            for (; next < batch.size(); next++) {
                drain.failed(OutboxStore.EMAIL, batch.get(next), e.toString());
            }
        }
        return sent;
    }
}
