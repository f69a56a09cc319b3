package cn.tuanbiao.notifications.ui;

import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.shared.ui.UiSession;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;

/**
 * The bell in the header: the signed-in person's unread notifications in the current organization,
 * counted again after every navigation and whenever the inbox marks something read; a click opens
 * the inbox.
 */
@Prototype
public class InboxBell extends Button implements AfterNavigationObserver {

    private final Inbox inbox;
    private final Span count = new Span();

    public InboxBell(Inbox inbox) {
        this.inbox = inbox;
        setId("inbox-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("inbox-unread");
        count.getElement().getThemeList().add("badge error pill small");
        setSuffixComponent(count);
        addClickListener(click -> UI.getCurrent().navigate(InboxView.class));
        addAttachListener(attach -> {
            ComponentUtil.setData(attach.getUI(), InboxBell.class, this);
            refresh();
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Counts again (the inbox calls this after marking notifications read). */
    public void refresh() {
        int unread = UiSession.tenant()
                .map(tenant -> inbox.unreadCount(UiSession.requireSignedIn().person(), tenant))
                .orElse(0);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setVisible(UiSession.tenant().isPresent());
        setAriaLabel(getTranslation("inbox.bell", unread));
        setTooltipText(getTranslation("inbox.bell", unread));
    }

    /** Refreshes the bell of {@code ui}, if it has one. */
    static void refreshIn(UI ui) {
        InboxBell bell = ComponentUtil.getData(ui, InboxBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }
}
