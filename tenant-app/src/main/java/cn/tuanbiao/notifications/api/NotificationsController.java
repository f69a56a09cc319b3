package cn.tuanbiao.notifications.api;

import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.UndeliveredEmail;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.RequestLocale;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The caller's own notifications in an organization over REST; nobody else's are ever listed or marked. */
@Controller("/api/organizations/{organizationId}/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
class NotificationsController {

    private final Inbox inbox;
    private final NotificationTexts texts;

    NotificationsController(Inbox inbox, NotificationTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @Get("{?unread,offset,limit}")
    @Operation(summary = "The caller's notifications, newest first (only the unread ones with unread=true), "
            + "worded in the language of Accept-Language")
    Page<NotificationView> list(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                                @QueryValue(defaultValue = "false") boolean unread,
                                @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Notification> page = inbox.list(Caller.of(auth), new TenantId(organizationId), unread,
                new PageRequest(offset, limit));
        Locale locale = RequestLocale.of(request);
        return page.map(n -> NotificationView.of(n, texts.line(locale, n)));
    }

    @Get("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (the bell)")
    Map<String, Integer> unreadCount(Authentication auth, @PathVariable UUID organizationId) {
        return Map.of("unread", inbox.unreadCount(Caller.of(auth), new TenantId(organizationId)));
    }

    @Post("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of the caller's notifications read (someone else's answers 404)")
    void markRead(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        inbox.markRead(Caller.of(auth), new TenantId(organizationId), id);
    }

    @Post("/read-all")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    Map<String, Integer> markAllRead(Authentication auth, @PathVariable UUID organizationId) {
        return Map.of("marked", inbox.markAllRead(Caller.of(auth), new TenantId(organizationId)));
    }

    @Get("/undelivered-emails{?offset,limit}")
    @Operation(summary = "E-mails the relay gave up on (administrators)")
    Page<UndeliveredView> undelivered(Authentication auth, @PathVariable UUID organizationId,
                                      @QueryValue(defaultValue = "0") int offset,
                                      @QueryValue(defaultValue = "50") int limit) {
        Page<UndeliveredEmail> page = inbox.undeliveredEmails(Caller.of(auth), new TenantId(organizationId),
                new PageRequest(offset, limit));
        return page.map(UndeliveredView::of);
    }

    @Post("/undelivered-emails/{id}/resend")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Queue an undelivered e-mail again with a fresh count of attempts (administrators)")
    void resend(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        inbox.resend(Caller.of(auth), new TenantId(organizationId), id);
    }

    @Serdeable
    record NotificationView(String id, NotificationKind kind, String message, @Nullable String subjectType,
                            @Nullable String subjectId, @Nullable String link, Map<String, String> params,
                            String createdAt, @Nullable String readAt) {

        static NotificationView of(Notification n, String message) {
            return new NotificationView(n.id().toString(), n.kind(), message,
                    n.subject() == null ? null : n.subject().type(), n.subject() == null ? null : n.subject().id().toString(),
                    n.subject() == null ? null : "/" + n.subject().route(), n.params(), n.createdAt().toString(),
                    n.readAt() == null ? null : n.readAt().toString());
        }
    }

    @Serdeable
    record UndeliveredView(String id, String to, NotificationKind kind, int attempts, @Nullable String lastError,
                           String createdAt) {

        static UndeliveredView of(UndeliveredEmail e) {
            return new UndeliveredView(e.id().toString(), e.to(), e.kind(), e.attempts(), e.lastError(),
                    e.createdAt().toString());
        }
    }
}
