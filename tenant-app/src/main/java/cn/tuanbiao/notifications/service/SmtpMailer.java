package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Email;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends e-mail through the configured SMTP server (Jakarta Mail): plain text in UTF-8, the
 * Message-ID derived from the outbox id so that a message delivered twice (the relay is
 * at-least-once) can be recognized as one by the receiving side.
 */
@Singleton
public class SmtpMailer {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final SmtpSettings settings;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
    }

    /** One connection to the server, for a batch of e-mails. */
    public Connection connect() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        Session session = Session.getInstance(properties);
        Transport transport = session.getTransport("smtp");
        if (settings.authenticates()) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            transport.connect();
        }
        return new Connection(session, transport);
    }

    /** An open SMTP connection. */
    public final class Connection implements AutoCloseable {

        private final Session session;
        private final Transport transport;

        private Connection(Session session, Transport transport) {
            this.session = session;
            this.transport = transport;
        }

        public void send(Email email) throws MessagingException {
            MimeMessage message = new IdentifiedMessage(session, email);
            try {
                message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
                message.setRecipient(Message.RecipientType.TO,
                        new InternetAddress(email.to(), email.toName(), StandardCharsets.UTF_8.name()));
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setText(email.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages are sent (or marked failed) already; a failing QUIT changes nothing
            }
        }
    }

    /** A message whose Message-ID is {@code <outbox id@sender's domain>}, whatever Jakarta Mail would choose. */
    private final class IdentifiedMessage extends MimeMessage {

        private final Email email;

        IdentifiedMessage(Session session, Email email) {
            super(session);
            this.email = email;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            String from = settings.from();
            String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "tuanbiao";
            setHeader("Message-ID", "<" + email.outboxId() + "@" + domain + ">");
        }
    }
}
