package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.service.ReferralService;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

/**
 * A supervisory authority's inbox of referred complaints (投诉转办, SUP-2): the cases escalated to
 * it by complainants of the organizations in its region, newest first, by status. For its
 * inspectors and administrators.
 */
@Prototype
@Route(value = "supervision/complaints", layout = MainLayout.class)
public class ReferralsView extends VerticalLayout implements HasDynamicTitle {

    public ReferralsView(ReferralService referrals) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId authority = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("referrals.title")));
        if (authority == null) {
            return;
        }
        add(new Paragraph(getTranslation("referrals.intro")));
        Select<ReferralStatus> status = new Select<>();
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cases.filter.anyStatus")
                : getTranslation("referralStatus." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("cases.filter.anyStatus"));
        status.setId("referrals-filter-status");
        add(status);

        Grid<Referral> grid = new Grid<>();
        grid.setId("referrals-grid");
        grid.addColumn(r -> CaseView.TIME.format(r.referredAt())).setHeader(getTranslation("referrals.column.referredAt"))
                .setAutoWidth(true);
        grid.addColumn(Referral::caseNumber).setHeader(getTranslation("cases.column.number")).setAutoWidth(true);
        grid.addColumn(Referral::organizationName).setHeader(getTranslation("referrals.column.organization"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("caseKind." + r.kind().name())).setHeader(getTranslation("cases.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(Referral::title).setHeader(getTranslation("cases.column.title")).setFlexGrow(1);
        grid.addComponentColumn(r -> CasesView.badge(getTranslation("referralStatus." + r.status().name()),
                        r.status() == ReferralStatus.REFERRED ? "primary" : null))
                .setHeader(getTranslation("cases.column.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("referrals.none"));
        grid.setItems(query -> referrals.list(me, authority, status.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) referrals.list(me, authority, status.getValue(), PageRequest.first(1)).total());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ReferralView.class,
                new RouteParameters("id", click.getItem().id().toString())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referrals.title") + " · 团标通";
    }
}
