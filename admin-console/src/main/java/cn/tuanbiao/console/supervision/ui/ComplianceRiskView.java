package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.console.supervision.service.ComplianceRiskList;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSort;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * The compliance risk list (合规风险清单, SUP-2): the jurisdiction's organizations at risk, most severe
 * first (or most risks first, or those of one kind of risk), paged; a click opens the organization;
 * Excel and a PDF report of the list as filtered.
 */
@Prototype
@Route(value = "supervision/risks", layout = MainLayout.class)
public class ComplianceRiskView extends VerticalLayout implements HasDynamicTitle {

    private final ComplianceRiskList risks;
    private final SupervisionExports exports;
    private final PersonId me;
    private final TenantId authority;
    private final TextField region = new TextField();
    private final Select<RiskKind> kind = new Select<>();
    private final Select<RiskSort> sort = new Select<>();
    private final Div content = new Div();
    private final FormErrors errors;

    public ComplianceRiskView(ComplianceRiskList risks, SupervisionExports exports) {
        this.risks = risks;
        this.exports = exports;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("risks.title")), new Paragraph(getTranslation("risks.intro")));
        errors = new FormErrors(this).field("region", region);
        if (authority == null) {
            return;
        }
        region.setLabel(getTranslation("supervision.filter.region"));
        region.setId("risks-filter-region");
        kind.setLabel(getTranslation("risks.filter.kind"));
        kind.setId("risks-filter-kind");
        kind.setItems(RiskKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("risks.filter.anyKind") : getTranslation("riskKind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("risks.filter.anyKind"));
        sort.setLabel(getTranslation("risks.filter.sort"));
        sort.setItems(RiskSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("riskSort." + s.name()));
        sort.setValue(RiskSort.SEVERITY);
        Button apply = new Button(getTranslation("supervision.filter.apply"), click -> refresh());
        apply.setId("risks-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(region, kind, sort, apply);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        content.setWidthFull();
        add(filters, content);
        try {
            region.setPlaceholder(risks.jurisdiction(me, authority).prefix());
            refresh();
        } catch (AccessDeniedException e) {
            content.removeAll();
            content.add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void refresh() {
        errors.clear();
        content.removeAll();
        RiskFilter filter;
        Page<OrganizationRisks> first;
        try {
            filter = new RiskFilter(region.isEmpty() ? null : new Jurisdiction(region.getValue().strip()), kind.getValue(),
                    sort.getValue());
            first = risks.page(me, authority, filter, PageRequest.first(1));
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        } catch (AccessDeniedException e) {
            content.add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        Paragraph total = new Paragraph(getTranslation("risks.total", first.total()));
        total.setId("risks-total");
        HorizontalLayout links = new HorizontalLayout(
                Downloads.link(getTranslation("supervision.export.excel"), "合规风险清单.xlsx", SupervisionExports.EXCEL,
                        out -> exports.writeExcel(List.of(exports.riskTable(risks.all(me, authority, filter))), out)),
                Downloads.link(getTranslation("supervision.export.pdf"), "团体标准合规风险报告.pdf", SupervisionExports.PDF,
                        out -> exports.writeRiskPdf(authorityName(), filter.region() == null
                                        ? risks.jurisdiction(me, authority) : filter.region(), filter, risks.today(),
                                risks.all(me, authority, filter), out)));
        Grid<OrganizationRisks> grid = new Grid<>();
        grid.setId("risks-grid");
        grid.addColumn(OrganizationRisks::nameZh).setHeader(getTranslation("supervision.column.name")).setFlexGrow(1);
        grid.addColumn(OrganizationRisks::code).setHeader(getTranslation("supervision.column.code")).setAutoWidth(true);
        grid.addColumn(OrganizationRisks::regionCode).setHeader(getTranslation("supervision.column.region")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("riskSeverity." + r.severity().name()))
                .setHeader(getTranslation("risks.column.severity")).setAutoWidth(true);
        for (RiskKind k : RiskKind.values()) {
            grid.addColumn(r -> r.count(k)).setHeader(getTranslation("riskKind." + k.name())).setAutoWidth(true);
        }
        grid.addColumn(OrganizationRisks::total).setHeader(getTranslation("risks.column.total")).setAutoWidth(true);
        grid.setItems(query -> risks.page(me, authority, filter, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) first.total());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(SupervisedOrganizationView.class,
                new RouteParameters("id", click.getItem().organization().value().toString())));
        grid.setHeight("32em");
        content.add(total, links, grid);
    }

    private String authorityName() {
        return UiSession.organization().map(o -> o.nameZh()).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risks.title") + " · 团标通";
    }
}
