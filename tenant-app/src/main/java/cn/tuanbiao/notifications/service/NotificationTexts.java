package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Email;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.shared.i18n.Messages;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Words notifications in the reader's language: one line for the inbox, and an e-mail (subject,
 * greeting, the line, the link, a footer) for the relay. E-mails are worded when they are sent,
 * from the kind and parameters in the outbox, so the set-based writers need no templates.
 */
@Singleton
public class NotificationTexts {

    /**
     * A parameter shaped like a message key ({@code stage.DRAFTING}, {@code centreStep.CONSTRUCTION_APPROVED})
     * is said in the reader's language when the bundle has it, else shown as it was given.
     */
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z]*\\.[A-Z][A-Z_]*");

    private final Messages messages;
    private final String publicUrl;

    public NotificationTexts(Messages messages, @Value("${tuanbiao.public-url:`http://localhost:8080`}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The inbox line, e.g. 《智能制造 数字孪生 通用要求》已进入“起草”阶段，请提交征求意见稿。 */
    public String line(Locale locale, NotificationKind kind, Map<String, String> params) {
        Object[] arguments = Notifications.ordered(kind, params).stream()
                .map(value -> MESSAGE_KEY.matcher(value).matches() ? messages.get(locale, value) : value)
                .toArray();
        return messages.get(locale, "notification." + kind.name(), arguments);
    }

    public String line(Locale locale, Notification notification) {
        return line(locale, notification.kind(), notification.params());
    }

    /** The e-mail of an outbox message of topic EMAIL, in the recipient's language. */
    @SuppressWarnings("unchecked")
    public Email email(OutboxMessage message) {
        Map<String, Object> payload = message.payload();
        Locale locale = Messages.supported(Locale.forLanguageTag(String.valueOf(payload.getOrDefault("locale", "zh-CN"))));
        NotificationKind kind = NotificationKind.valueOf(String.valueOf(payload.get("kind")));
        Map<String, String> params = new LinkedHashMap<>();
        ((Map<String, Object>) payload.getOrDefault("params", Map.of()))
                .forEach((name, value) -> params.put(name, String.valueOf(value)));
        String name = String.valueOf(payload.getOrDefault("name", ""));
        String line = line(locale, kind, params);
        String linkKey = "mail.link." + kind.name();
        String linkLabel = messages.get(locale, linkKey);
        String body = messages.get(locale, "mail.greeting", name) + "\n\n" + line + "\n\n"
                + (linkKey.equals(linkLabel) ? messages.get(locale, "mail.link") : linkLabel) + "\n" + url(payload)
                + "\n\n" + messages.get(locale, "mail.footer") + "\n";
        return new Email(message.id(), String.valueOf(payload.get("to")), name,
                messages.get(locale, "mail.subject", line), body);
    }

    /** The absolute address of a route in the workspace. */
    public String url(String route) {
        return publicUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }

    private String url(Map<String, Object> payload) {
        Object link = payload.get("link");
        if (link != null) {
            return url(link + String.valueOf(payload.getOrDefault("secret", "")));
        }
        Object type = payload.get("subjectType");
        Object id = payload.get("subjectId");
        return type == null || id == null ? url("inbox")
                : url(new SubjectLink(String.valueOf(type), UUID.fromString(String.valueOf(id))).route());
    }
}
