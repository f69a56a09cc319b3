package cn.tuanbiao.registry.relay.ui;

import cn.tuanbiao.registry.relay.persistence.RelayStore.DeadLetter;
import cn.tuanbiao.registry.relay.service.SyncBacklog;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.registry.relay.domain.Backlog;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.OperatorOnly;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The platform operator's registry sync (注册同步): how far the deployment's backlog to the national
 * registry has come, refreshed every two seconds, and the dead letters to replay, one or all.
 */
@Prototype
@OperatorOnly
@Route(value = "platform/registry-sync", layout = MainLayout.class)
public class RegistrySyncView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SyncBacklog backlog;
    private final PersonId operator;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span figures = new Span();
    private final Grid<DeadLetter> dead = new Grid<>();
    private Backlog latest;
    private Registration polling;

    public RegistrySyncView(SyncBacklog backlog) {
        this.backlog = backlog;
        this.operator = UiSession.requireSignedIn().person();
        add(new H2(getTranslation("registrySync.title")));
        progress.setId("registry-sync-progress");
        figures.setId("registry-sync-figures");
        add(figures, progress);

        Button replayAll = new Button(getTranslation("registrySync.replayAll"), VaadinIcon.REFRESH.create(), click -> {
            int replayed = backlog.replayAll(operator);
            Notifications.success(getTranslation("registrySync.replayed", replayed));
            refresh();
        });
        replayAll.setId("registry-sync-replay-all");
        add(new HorizontalLayout(new H3(getTranslation("registrySync.deadLetters")), replayAll));
        dead.setId("registry-sync-dead");
        dead.addColumn(DeadLetter::organization).setHeader(getTranslation("registrySync.organization")).setAutoWidth(true);
        dead.addColumn(d -> d.subjectKey() + " #" + d.sequence()).setHeader(getTranslation("registrySync.subject"))
                .setAutoWidth(true);
        dead.addColumn(d -> getTranslation("registryEvent." + d.type())).setHeader(getTranslation("declarations.sync.event"))
                .setAutoWidth(true);
        dead.addColumn(DeadLetter::attempts).setHeader(getTranslation("registrySync.attempts")).setAutoWidth(true);
        dead.addColumn(d -> d.errorCode() + (d.errorMessage() == null ? "" : " · " + d.errorMessage()))
                .setHeader(getTranslation("declarations.sync.note")).setFlexGrow(1);
        dead.addColumn(d -> TIME.format(d.createdAt())).setHeader(getTranslation("declarations.sync.time")).setAutoWidth(true);
        dead.addComponentColumn(d -> new Button(getTranslation("registrySync.replay"), click -> {
            backlog.replay(operator, d.tenant(), d.id());
            refresh();
        })).setAutoWidth(true);
        // the dead letters page lazily; their number comes with the backlog
        dead.setItems(query -> backlog.deadLetters(operator, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> latest == null ? 0 : (int) Math.min(latest.dead(), Integer.MAX_VALUE));
        add(dead);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(2000);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        Backlog now = backlog.backlog(operator);
        progress.setValue(now.progress());
        figures.setText(now.pending() == 0
                ? getTranslation("registrySync.figures.clear", now.rejected(), now.dead())
                : getTranslation("registrySync.figures", now.windowSettled(), now.windowEvents(), now.pending(),
                        now.rejected(), now.dead(), TIME.format(now.oldestPending())));
        boolean deadChanged = latest == null || latest.dead() != now.dead();
        latest = now;
        if (deadChanged) {
            dead.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registrySync.title");
    }
}
