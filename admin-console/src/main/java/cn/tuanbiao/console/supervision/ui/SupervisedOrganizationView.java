package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.console.supervision.domain.PublicStandard;
import cn.tuanbiao.console.supervision.domain.SupervisedOrganization;
import cn.tuanbiao.console.supervision.service.ComplianceRiskList;
import cn.tuanbiao.console.supervision.service.SupervisionDashboard;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.RiskKind;
import com.vaadin.flow.component.html.Anchor;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.UUID;

/** One organization of the jurisdiction (SUP-2): its indicators and its published standards (public data only). */
@Prototype
@Route(value = "supervision/organizations/:id", layout = MainLayout.class)
public class SupervisedOrganizationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SupervisionDashboard dashboard;
    private final SupervisionExports exports;
    private final ComplianceRiskList risks;
    private final PersonId me;
    private final TenantId authority;
    private String title = "";

    public SupervisedOrganizationView(SupervisionDashboard dashboard, SupervisionExports exports,
                                      ComplianceRiskList risks) {
        this.dashboard = dashboard;
        this.exports = exports;
        this.risks = risks;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(dashboard.organization(me, authority,
                    new TenantId(UUID.fromString(event.getRouteParameters().get("id").orElse("")))));
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new Paragraph(getTranslation("supervision.organizationNotFound")));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void show(SupervisedOrganization organization) {
        OrganizationIndicators o = organization.indicators();
        title = o.nameZh();
        add(new H2(o.nameZh() + "（" + o.code() + "）"));
        add(new Paragraph(getTranslation("supervision.column.kind") + "：" + getTranslation("kind." + o.kind().name())
                + " · " + getTranslation("supervision.column.region") + "：" + o.regionCode() + " · "
                + getTranslation("supervision.column.industry") + "：" + o.industryCode()));
        add(new Paragraph(getTranslation("supervision.column.published") + " " + o.standards().published() + " · "
                + getTranslation("supervision.column.withdrawn") + " " + o.standards().withdrawn() + " · "
                + getTranslation("supervision.column.replaced") + " " + o.standards().replaced()));
        add(new H3(getTranslation("risks.title")));
        Paragraph risk = new Paragraph(risks.of(me, authority, o.organization(), o.regionCode()).map(r -> {
            StringBuilder text = new StringBuilder(getTranslation("risks.column.severity") + "："
                    + getTranslation("riskSeverity." + r.severity().name()));
            for (RiskKind kind : RiskKind.values()) {
                text.append(" · ").append(getTranslation("riskKind." + kind.name())).append(" ").append(r.count(kind));
            }
            return text.toString();
        }).orElse(getTranslation("risks.none")));
        risk.setId("supervised-organization-risks");
        add(risk);
        Anchor record = new Anchor("supervision/violations?organization=" + o.code(), getTranslation("violations.recordFor"));
        record.setId("supervised-organization-record-violation");
        add(record);
        add(new H3(getTranslation("supervision.organization.standards")));
        add(Downloads.link(getTranslation("supervision.export.excel"), o.nameZh() + "-已发布团体标准.xlsx",
                SupervisionExports.EXCEL, out -> exports.writeExcel(List.of(exports.standardsTable(organization)), out)));
        Grid<PublicStandard> standards = new Grid<>();
        standards.setId("supervised-organization-standards");
        standards.addColumn(PublicStandard::number).setHeader(getTranslation("supervision.column.number")).setAutoWidth(true);
        standards.addColumn(PublicStandard::titleZh).setHeader(getTranslation("supervision.column.title")).setFlexGrow(1);
        standards.addColumn(PublicStandard::status).setHeader(getTranslation("supervision.column.status"));
        standards.addColumn(PublicStandard::publishedOn).setHeader(getTranslation("supervision.column.publishedOn"));
        standards.addColumn(PublicStandard::inForceFrom).setHeader(getTranslation("supervision.column.inForceFrom"));
        standards.setItems(organization.standards());
        standards.setAllRowsVisible(true);
        add(standards);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("supervision.title");
    }
}
