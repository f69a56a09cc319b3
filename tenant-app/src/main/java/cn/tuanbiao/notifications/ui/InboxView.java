package cn.tuanbiao.notifications.ui;

import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.UndeliveredEmail;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The signed-in person's notifications in the current organization, newest first and paged:
 * unread ones in bold, a click marks one read and opens what it is about. Administrators also see
 * the e-mails the relay gave up on, and queue them again.
 */
@Prototype
@Route(value = "inbox", layout = MainLayout.class)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Inbox inbox;
    private final NotificationTexts texts;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Notification> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();

    public InboxView(Inbox inbox, NotificationTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("inbox.title")));
        if (tenant == null) {
            return;
        }
        unreadOnly.setLabel(getTranslation("inbox.unreadOnly"));
        unreadOnly.setId("inbox-unread-only");
        unreadOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button markAll = new Button(getTranslation("inbox.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), click -> {
            int marked = inbox.markAllRead(me, tenant);
            Notifications.success(getTranslation("inbox.markedRead", marked));
            changed();
        });
        markAll.setId("inbox-mark-all-read");
        HorizontalLayout toolbar = new HorizontalLayout(unreadOnly, markAll);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> TIME.format(n.createdAt())).setHeader(getTranslation("inbox.column.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::message).setHeader(getTranslation("inbox.column.message")).setFlexGrow(1);
        Grid.Column<Notification> readColumn = grid.addComponentColumn(this::readButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> inbox.list(me, tenant, unreadOnly.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) inbox.list(me, tenant, unreadOnly.getValue(), PageRequest.first(1)).total());
        grid.addItemClickListener(click -> {
            if (click.getColumn() != readColumn) {
                open(click.getItem());
            }
        });
        grid.setSizeFull();
        add(toolbar, grid);
        if (UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            add(undeliveredEmails());
        }
    }

    private Component message(Notification notification) {
        Span text = new Span(texts.line(getLocale(), notification));
        if (notification.unread()) {
            text.getStyle().set("font-weight", "600");
        }
        return text;
    }

    private Component readButton(Notification notification) {
        if (!notification.unread()) {
            return new Span(getTranslation("inbox.read"));
        }
        Button read = new Button(getTranslation("inbox.markRead"), click -> {
            inbox.markRead(me, tenant, notification.id());
            changed();
        });
        read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return read;
    }

    /** Marks it read and goes to what it is about. */
    private void open(Notification notification) {
        if (notification.unread()) {
            inbox.markRead(me, tenant, notification.id());
        }
        UI.getCurrent().navigate(notification.subject() == null ? "inbox" : notification.subject().route());
    }

    private Component undeliveredEmails() {
        Grid<UndeliveredEmail> dead = new Grid<>();
        dead.setId("inbox-undelivered");
        dead.addThemeVariants(GridVariant.LUMO_COMPACT);
        dead.addColumn(e -> TIME.format(e.createdAt())).setHeader(getTranslation("inbox.column.time")).setAutoWidth(true);
        dead.addColumn(UndeliveredEmail::to).setHeader(getTranslation("inbox.column.to")).setAutoWidth(true);
        dead.addColumn(e -> getTranslation("notificationKind." + e.kind().name()))
                .setHeader(getTranslation("inbox.column.kind")).setAutoWidth(true);
        dead.addColumn(UndeliveredEmail::attempts).setHeader(getTranslation("inbox.column.attempts")).setAutoWidth(true);
        dead.addColumn(UndeliveredEmail::lastError).setHeader(getTranslation("inbox.column.error")).setFlexGrow(1);
        dead.addComponentColumn(e -> {
            Button resend = new Button(getTranslation("inbox.resend"), click -> {
                inbox.resend(me, tenant, e.id());
                Notifications.success(getTranslation("inbox.resent", e.to()));
                dead.getDataProvider().refreshAll();
            });
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resend;
        }).setAutoWidth(true);
        dead.setItems(query -> inbox.undeliveredEmails(me, tenant, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) inbox.undeliveredEmails(me, tenant, PageRequest.first(1)).total());
        dead.setHeight("16em");
        Div box = new Div(new H3(getTranslation("inbox.undelivered")), dead);
        box.setWidthFull();
        return box;
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(InboxBell::refreshIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · 团标通";
    }
}
