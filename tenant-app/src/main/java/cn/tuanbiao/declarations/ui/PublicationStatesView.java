package cn.tuanbiao.declarations.ui;

import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.SyncLine;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.service.PublicationStates;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.ui.StandardDetailView;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * 发布与自我声明: everything the organization sent to the national registry, newest first, with where
 * each item stands and, for a refused one, the registry's reason (PUB-1, PUB-2). A line of a standard
 * opens the standard, where its declaration is corrected and sent again.
 */
@Prototype
@Route(value = "registry/changes", layout = MainLayout.class)
public class PublicationStatesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Grid<SyncLine> grid = new Grid<>();
    private final Select<SyncState> state = new Select<>();

    public PublicationStatesView(PublicationStates states) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId organization = UiSession.tenant().orElseThrow();
        setSizeFull();
        add(new H2(getTranslation("publications.title")), new Paragraph(getTranslation("publications.intro")));

        state.setId("publication-state");
        state.setLabel(getTranslation("declarations.sync.state"));
        state.setItems(Arrays.stream(SyncState.values()).toList());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("publications.allStates"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("publications.allStates") : getTranslation("syncState." + s.name()));
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button refresh = new Button(getTranslation("publications.refresh"), VaadinIcon.REFRESH.create(),
                click -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(state, refresh);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters);

        grid.setId("publication-states");
        grid.addColumn(line -> TIME.format(line.change().createdAt())).setHeader(getTranslation("declarations.sync.time"))
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation("registryEvent." + line.change().type().name()))
                .setHeader(getTranslation("declarations.sync.event")).setAutoWidth(true);
        grid.addColumn(this::subject).setHeader(getTranslation("publications.subject")).setFlexGrow(1);
        grid.addColumn(line -> getTranslation("syncState." + line.change().state().name()))
                .setHeader(getTranslation("declarations.sync.state")).setAutoWidth(true);
        grid.addColumn(line -> SyncNote.of(this, line.change())).setHeader(getTranslation("declarations.sync.note")).setFlexGrow(1);
        grid.addItemClickListener(click -> {
            RegistryChange change = click.getItem().change();
            if (change.standardId() != null) {
                getUI().ifPresent(ui -> ui.navigate(StandardDetailView.class,
                        new RouteParameters("id", change.standardId().toString())));
            }
        });
        grid.setItems(query -> states.list(me, organization, state.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) states.list(me, organization, state.getValue(), PageRequest.first(1)).total());
        add(grid);
    }

    private String subject(SyncLine line) {
        if (line.standardTitle() != null) {
            return "《" + line.standardTitle() + "》";
        }
        return getTranslation("registrySubject." + line.change().subject().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publications.title") + " · 团标通";
    }
}
