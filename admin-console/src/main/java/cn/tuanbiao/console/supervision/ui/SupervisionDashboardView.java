package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.console.supervision.domain.DashboardReport;
import cn.tuanbiao.console.supervision.domain.DashboardTable;
import cn.tuanbiao.console.supervision.service.SupervisionCharts;
import cn.tuanbiao.console.supervision.service.SupervisionDashboard;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.IndustryCount;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.KindCount;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.YearCount;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.function.Function;

/**
 * The supervision dashboard (监管看板, SUP-2): filters, totals, three server-drawn SVG charts, and the
 * tables by region (click to drill down), industry, kind, year and status, and the organizations
 * (click for one organization), each exportable to Excel, the whole to a PDF report.
 */
@Prototype
@Route(value = "supervision/dashboard", layout = MainLayout.class)
public class SupervisionDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisionDashboard dashboard;
    private final SupervisionExports exports;
    private final SupervisionCharts charts;
    private final PersonId me;
    private final TenantId authority;
    private final TextField region = new TextField();
    private final Select<OrganizationKind> kind = new Select<>();
    private final TextField industry = new TextField();
    private final IntegerField fromYear = new IntegerField();
    private final IntegerField toYear = new IntegerField();
    private final Div content = new Div();
    private final FormErrors errors;

    public SupervisionDashboardView(SupervisionDashboard dashboard, SupervisionExports exports,
                                    SupervisionCharts charts) {
        this.dashboard = dashboard;
        this.exports = exports;
        this.charts = charts;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("supervision.title")), new Paragraph(getTranslation("supervision.intro")));
        errors = new FormErrors(this).field("region", region).field("industry", industry).field("fromYear", fromYear)
                .field("toYear", toYear);
        if (authority == null) {
            return;
        }
        region.setLabel(getTranslation("supervision.filter.region"));
        region.setId("supervision-filter-region");
        kind.setLabel(getTranslation("supervision.filter.kind"));
        kind.setItems(List.of(OrganizationKind.values()).stream().filter(OrganizationKind::setsStandards).toList());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("supervision.filter.anyKind")
                : getTranslation("kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("supervision.filter.anyKind"));
        industry.setLabel(getTranslation("supervision.filter.industry"));
        fromYear.setLabel(getTranslation("supervision.filter.fromYear"));
        toYear.setLabel(getTranslation("supervision.filter.toYear"));
        Button apply = new Button(getTranslation("supervision.filter.apply"), click -> refresh());
        apply.setId("supervision-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("supervision.filter.reset"), click -> {
            region.clear();
            refresh();
        });
        HorizontalLayout filters = new HorizontalLayout(region, kind, industry, fromYear, toYear, apply, reset);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        content.setWidthFull();
        add(filters, content);
        try {
            region.setPlaceholder(dashboard.jurisdiction(me, authority).prefix());
            refresh();
        } catch (AccessDeniedException e) {
            content.removeAll();
            content.add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private StatisticsFilter filter() {
        return new StatisticsFilter(region.isEmpty() ? null : new Jurisdiction(region.getValue().strip()),
                kind.getValue(), industry.isEmpty() ? null : industry.getValue().strip().toUpperCase(),
                fromYear.getValue(), toYear.getValue());
    }

    private void refresh() {
        errors.clear();
        content.removeAll();
        StatisticsFilter filter;
        DashboardReport report;
        try {
            filter = filter();
            report = dashboard.report(me, authority, filter);
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        } catch (AccessDeniedException e) {
            content.add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        StandardCounts t = report.totals();
        Paragraph totals = new Paragraph(getTranslation("supervision.totals", SupervisionExports.territory(report.shown()),
                report.organizations(), t.total(), t.published(), t.withdrawn(), t.replaced()));
        totals.setId("supervision-totals");
        content.add(totals, exportLinks(report, filter));

        FlexLayout chartRow = new FlexLayout();
        chartRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (SupervisionCharts.Chart chart : exports.charts(report)) {
            Html svg = new Html(charts.svg(chart, 420, 280));
            chartRow.add(svg);
        }
        content.add(chartRow);

        Grid<RegionCount> byRegion = grid(report.byRegion(), "supervision.column.region",
                r -> r.regionCode() + " " + nameOf(r.regionCode()), RegionCount::organizations, RegionCount::standards);
        byRegion.setId("supervision-by-region");
        byRegion.addItemClickListener(click -> {
            String code = click.getItem().regionCode();
            region.setValue(code.substring(0, report.regionLevel().digits()));
            refresh();
        });
        content.add(new H3(getTranslation("supervision.table.region")), byRegion);
        content.add(new H3(getTranslation("supervision.table.industry")), grid(report.byIndustry(),
                "supervision.column.industry", IndustryCount::industryCode, IndustryCount::organizations,
                IndustryCount::standards));
        content.add(new H3(getTranslation("supervision.table.kind")), grid(report.byKind(), "supervision.column.kind",
                k -> getTranslation("kind." + k.kind().name()), KindCount::organizations, KindCount::standards));
        content.add(new H3(getTranslation("supervision.table.year")), grid(report.byYear(), "supervision.column.year",
                y -> String.valueOf(y.year()), null, YearCount::standards));

        Grid<OrganizationIndicators> organizations = new Grid<>();
        organizations.setId("supervision-organizations");
        organizations.addColumn(OrganizationIndicators::nameZh).setHeader(getTranslation("supervision.column.name"))
                .setFlexGrow(1);
        organizations.addColumn(OrganizationIndicators::code).setHeader(getTranslation("supervision.column.code"));
        organizations.addColumn(o -> getTranslation("kind." + o.kind().name()))
                .setHeader(getTranslation("supervision.column.kind"));
        organizations.addColumn(OrganizationIndicators::regionCode).setHeader(getTranslation("supervision.column.region"));
        countColumns(organizations, OrganizationIndicators::standards);
        organizations.setItems(query -> dashboard.organizations(me, authority, filter,
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) report.organizations());
        organizations.addItemClickListener(click -> UI.getCurrent().navigate(SupervisedOrganizationView.class,
                new RouteParameters("id", click.getItem().organization().value().toString())));
        organizations.setAllRowsVisible(false);
        organizations.setHeight("24em");
        content.add(new H3(getTranslation("supervision.table.organizations")), organizations);
    }

    private HorizontalLayout exportLinks(DashboardReport report, StatisticsFilter filter) {
        HorizontalLayout links = new HorizontalLayout();
        for (DashboardTable table : DashboardTable.values()) {
            links.add(Downloads.link(getTranslation("supervision.table." + table.name().toLowerCase()) + " · "
                            + getTranslation("supervision.export.excel"),
                    "监管统计-" + table.name().toLowerCase() + ".xlsx", SupervisionExports.EXCEL,
                    out -> exports.writeExcel(List.of(exports.table(report, table, table == DashboardTable.ORGANIZATIONS
                            ? dashboard.allOrganizations(me, authority, filter) : List.of())), out)));
        }
        links.add(Downloads.link(getTranslation("supervision.export.pdf"), "团体标准监管统计报告.pdf", SupervisionExports.PDF,
                out -> exports.writePdf(report, dashboard.allOrganizations(me, authority, filter), out)));
        links.getStyle().set("flex-wrap", "wrap");
        return links;
    }

    private <T> Grid<T> grid(List<T> rows, String firstHeader, Function<T, String> first,
                             Function<T, Long> organizations, Function<T, StandardCounts> standards) {
        Grid<T> grid = new Grid<>();
        grid.addColumn(first::apply).setHeader(getTranslation(firstHeader)).setFlexGrow(1);
        if (organizations != null) {
            grid.addColumn(organizations::apply).setHeader(getTranslation("supervision.column.organizations"));
        }
        countColumns(grid, standards);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> void countColumns(Grid<T> grid, Function<T, StandardCounts> standards) {
        grid.addColumn(r -> standards.apply(r).published()).setHeader(getTranslation("supervision.column.published"));
        grid.addColumn(r -> standards.apply(r).withdrawn()).setHeader(getTranslation("supervision.column.withdrawn"));
        grid.addColumn(r -> standards.apply(r).replaced()).setHeader(getTranslation("supervision.column.replaced"));
        grid.addColumn(r -> standards.apply(r).total()).setHeader(getTranslation("supervision.column.total"));
    }

    private static String nameOf(String regionCode) {
        String name = SupervisionExports.regionName(regionCode);
        return name.equals(regionCode) ? "" : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title") + " · 团标通";
    }
}
