package cn.tuanbiao.notifications.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The SMTP server e-mail goes through ({@code TUANBIAO_SMTP_*}). Without a host nothing is sent:
 * the relay does not run and e-mails wait in the outbox until a server is configured.
 */
@ConfigurationProperties("tuanbiao.mail.smtp")
public record SmtpSettings(
        @Nullable String host,
        @Bindable(defaultValue = "25") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "noreply@tuanbiao.cn") String from,
        @Bindable(defaultValue = "团标通") String fromName,
        @Bindable(defaultValue = "false") boolean starttls) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
