package cn.tuanbiao.ballots.ui;

import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.standards.ui.StandardDetailView;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.time.format.DateTimeFormatter;

/** The open ballots waiting for the signed-in person's vote (PART-2), nearest deadline first. */
@Prototype
@Route(value = "ballots", layout = MainLayout.class)
public class MyBallotsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public MyBallotsView(BallotService ballots) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("ballots.mine")));
        if (tenant == null) {
            return;
        }
        Grid<BallotSummary> grid = new Grid<>();
        grid.setId("my-ballots");
        grid.addComponentColumn(b -> new RouterLink(b.standardTitle(), StandardDetailView.class,
                        new RouteParameters("id", b.standard().toString())))
                .setHeader(getTranslation("ballots.column.standard")).setFlexGrow(1);
        grid.addColumn(BallotSummary::bodyName).setHeader(getTranslation("ballots.column.body")).setAutoWidth(true);
        grid.addColumn(b -> TIME.format(b.deadline().atZone(StandardService.CHINA)))
                .setHeader(getTranslation("ballots.column.deadline")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("ballots.mineNone"));
        grid.setItems(query -> ballots.awaitingMyVote(me, tenant, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) ballots.awaitingMyVote(me, tenant, PageRequest.first(1)).total());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballots.mine") + " · 团标通";
    }
}
