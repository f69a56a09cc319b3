package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.function.Function;

/**
 * 联盟秘书处 · 成员名录与指标 (SUP-1): the alliance's current members with their indicators (paged,
 * click for one member; 退出联盟 records a member leaving), the join/leave history with the reasons for
 * leaving, each exportable to Excel.
 */
@Prototype
@Route(value = "alliance/members", layout = MainLayout.class)
public class AllianceRosterView extends VerticalLayout implements HasDynamicTitle {

    public AllianceRosterView(AllianceSecretariat secretariat, AllianceExports exports) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId alliance = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.roster.title")), new Paragraph(getTranslation("alliance.roster.intro")));
        if (alliance == null) {
            return;
        }
        long members;
        try {
            members = secretariat.members(me, alliance).members().size();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        String name = secretariat.allianceName(alliance);
        Paragraph summary = new Paragraph(getTranslation("alliance.roster.summary", members));
        summary.setId("alliance-roster-summary");
        HorizontalLayout links = new HorizontalLayout(
                Downloads.link(getTranslation("alliance.roster.table") + " · " + getTranslation("supervision.export.excel"),
                        "联盟成员及指标.xlsx", AllianceExports.EXCEL, out -> exports.writeExcel(List.of(
                                exports.rosterTable(name, secretariat.allRoster(me, alliance))), out)),
                Downloads.link(getTranslation("alliance.history.table") + " · " + getTranslation("supervision.export.excel"),
                        "联盟成员加入退出记录.xlsx", AllianceExports.EXCEL, out -> exports.writeExcel(List.of(
                                exports.historyTable(name, secretariat.allHistory(me, alliance))), out)));
        add(summary, links);

        Grid<RosterRow> roster = new Grid<>();
        roster.setId("alliance-roster");
        roster.addColumn(r -> r.indicators().organization().nameZh()).setHeader(getTranslation("supervision.column.name"))
                .setFlexGrow(1).setFrozen(true).setAutoWidth(true);
        roster.addColumn(r -> r.indicators().organization().code()).setHeader(getTranslation("supervision.column.code"))
                .setAutoWidth(true);
        roster.addColumn(RosterRow::joinedOn).setHeader(getTranslation("alliance.column.joinedOn")).setAutoWidth(true);
        column(roster, "supervision.column.published", m -> m.organization().standards().published());
        column(roster, "alliance.column.inProgress", m -> m.organization().inProgress().orElse(0));
        column(roster, "alliance.column.commentPeriods", m -> m.commentPeriodsHonoured() + "/" + m.commentPeriods());
        column(roster, "alliance.column.votesByRule", MemberIndicators::votesByRule);
        column(roster, "alliance.column.declarationRate", m -> m.declarationRate().isPresent()
                ? m.declarationRate().getAsInt() + "%（" + m.declarationsConfirmed() + "/" + m.publishedInForce() + "）" : "—");
        column(roster, "alliance.column.overdueReviews", MemberIndicators::overdueReviews);
        column(roster, "alliance.column.casesOpen", MemberIndicators::casesOpen);
        column(roster, "alliance.column.stars", m -> m.practiceStars().isPresent() ? AllianceExports.stars(m)
                : getTranslation("alliance.stars.none"));
        roster.addColumn(r -> r.conventionAccepted().isPresent()
                        ? getTranslation("alliance.convention.version", r.conventionAccepted().getAsInt())
                        : getTranslation("alliance.convention.notSigned"))
                .setHeader(getTranslation("alliance.column.convention")).setAutoWidth(true);
        roster.addColumn(RosterRow::trainingsAttended).setHeader(getTranslation("alliance.column.trainings"))
                .setAutoWidth(true);
        roster.addComponentColumn(r -> {
            String memberName = r.indicators().organization().nameZh();
            Button leave = new Button(getTranslation("alliance.leaving.action"), click -> new LeavingDialog(secretariat,
                    me, alliance, r.indicators().organization().organization(), memberName,
                    () -> UI.getCurrent().getPage().reload()).open());
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            // a click on the button is not a click on the row (which opens the member)
            leave.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
            return leave;
        }).setAutoWidth(true);
        roster.setItems(query -> secretariat.roster(me, alliance, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) members);
        roster.addItemClickListener(click -> UI.getCurrent().navigate(AllianceMemberView.class,
                new RouteParameters("id", click.getItem().indicators().organization().organization().value().toString())));
        roster.setHeight("24em");
        roster.setEmptyStateText(getTranslation("alliance.roster.none"));
        add(new H3(getTranslation("alliance.roster.table")), roster);

        Grid<MemberPeriod> history = new Grid<>();
        history.setId("alliance-history");
        history.addColumn(MemberPeriod::nameZh).setHeader(getTranslation("supervision.column.name")).setFlexGrow(1);
        history.addColumn(MemberPeriod::code).setHeader(getTranslation("supervision.column.code")).setAutoWidth(true);
        history.addColumn(MemberPeriod::joinedOn).setHeader(getTranslation("alliance.column.joinedOn")).setAutoWidth(true);
        history.addColumn(p -> p.leftOn() == null ? "" : p.leftOn().toString())
                .setHeader(getTranslation("alliance.column.leftOn")).setAutoWidth(true);
        history.addColumn(p -> getTranslation(p.current() ? "alliance.history.current" : "alliance.history.left"))
                .setHeader(getTranslation("supervision.column.status")).setAutoWidth(true);
        history.addColumn(p -> p.leftReason() == null ? "" : p.leftReason())
                .setHeader(getTranslation("alliance.column.leftReason")).setFlexGrow(1);
        long periods = secretariat.history(me, alliance, PageRequest.first(1)).total();
        history.setItems(query -> secretariat.history(me, alliance, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) periods);
        history.setHeight("16em");
        add(new H3(getTranslation("alliance.history.table")), history);
    }

    private <T> void column(Grid<RosterRow> grid, String header, Function<MemberIndicators, T> value) {
        grid.addColumn(r -> value.apply(r.indicators())).setHeader(getTranslation(header)).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.roster.title") + " · 团标通";
    }
}
