package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.InspectionResult;
import cn.tuanbiao.console.supervision.domain.Verification;
import cn.tuanbiao.console.supervision.service.RandomInspections;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.UUID;

/**
 * One random inspection (SUP-2): the seed and pool digest, the organizations and inspectors drawn,
 * a re-run to verify the draw, findings per organization, publication.
 */
@Prototype
@Route(value = "supervision/inspections/:id", layout = MainLayout.class)
public class InspectionDrawView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RandomInspections inspections;
    private final SupervisionExports exports;
    private final PersonId me;
    private final TenantId authority;
    private String title = "";

    public InspectionDrawView(RandomInspections inspections, SupervisionExports exports) {
        this.inspections = inspections;
        this.exports = exports;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("inspections.notFound")));
        }
    }

    private void show(UUID id) {
        removeAll();
        InspectionDraw draw = inspections.get(me, authority, id);
        title = draw.title();
        add(new H2(draw.title()));
        Paragraph seed = new Paragraph(getTranslation("inspections.seed") + "：" + draw.seed());
        seed.setId("inspection-seed");
        add(seed, new Paragraph(getTranslation("inspections.poolDigest") + "：" + draw.poolDigest()),
                new Paragraph(getTranslation("inspections.drawnAt") + "：" + RandomInspectionsView.TIME.format(draw.drawnAt())
                        + " · " + getTranslation(draw.published() ? "inspections.published" : "inspections.unpublished")));
        Paragraph verification = new Paragraph();
        verification.setId("inspection-verification");
        Button verify = new Button(getTranslation("inspections.verify"), click -> {
            Verification v = inspections.verify(me, authority, id);
            verification.setText(getTranslation(v.matches() ? "inspections.verified" : "inspections.notVerified"));
        });
        verify.setId("inspection-verify");
        HorizontalLayout actions = new HorizontalLayout(verify, Downloads.link(getTranslation("supervision.export.excel"),
                draw.title() + "-抽查结果.xlsx", SupervisionExports.EXCEL,
                out -> exports.writeExcel(List.of(exports.drawTable(draw)), out)));
        if (!draw.published()) {
            Button publish = new Button(getTranslation("inspections.publish"), click -> {
                try {
                    inspections.publish(me, authority, id);
                    show(id);
                } catch (InvalidInputException e) {
                    FormErrors.Notifications.error(getTranslation(e.problems().get(0).messageKey()));
                }
            });
            publish.setId("inspection-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        add(actions, verification);

        add(new H3(getTranslation("inspections.organizationsDrawn")));
        Grid<Candidate> organizations = new Grid<>();
        organizations.setId("inspection-organizations");
        organizations.addColumn(Candidate::rank).setHeader(getTranslation("inspections.rank")).setAutoWidth(true);
        organizations.addColumn(Candidate::label).setHeader(getTranslation("supervision.column.name")).setFlexGrow(1);
        organizations.addColumn(Candidate::key).setHeader(getTranslation("supervision.column.code")).setAutoWidth(true);
        organizations.addColumn(c -> c.finding().map(f -> getTranslation("inspectionResult." + f.result().name()))
                .orElse("")).setHeader(getTranslation("inspections.result")).setAutoWidth(true);
        organizations.addColumn(c -> c.finding().map(f -> f.text()).orElse(""))
                .setHeader(getTranslation("inspections.finding")).setFlexGrow(1);
        organizations.setItems(draw.drawnOrganizations());
        organizations.setAllRowsVisible(true);
        add(organizations);
        if (!draw.published()) {
            add(findingForm(draw));
        }
        add(new H3(getTranslation("inspections.inspectorsDrawn")));
        Grid<Candidate> inspectors = new Grid<>();
        inspectors.addColumn(Candidate::rank).setHeader(getTranslation("inspections.rank")).setAutoWidth(true);
        inspectors.addColumn(Candidate::label).setHeader(getTranslation("supervision.column.name")).setFlexGrow(1);
        inspectors.setItems(draw.drawnInspectors());
        inspectors.setAllRowsVisible(true);
        add(inspectors);
    }

    private HorizontalLayout findingForm(InspectionDraw draw) {
        Select<Candidate> organization = new Select<>();
        organization.setLabel(getTranslation("supervision.column.name"));
        organization.setItems(draw.drawnOrganizations());
        organization.setItemLabelGenerator(c -> c == null ? "" : c.label());
        Select<InspectionResult> result = new Select<>();
        result.setLabel(getTranslation("inspections.result"));
        result.setItems(InspectionResult.values());
        result.setItemLabelGenerator(r -> r == null ? "" : getTranslation("inspectionResult." + r.name()));
        TextField finding = new TextField(getTranslation("inspections.finding"));
        finding.setWidth("30em");
        FormErrors errors = new FormErrors(this).field("result", result).field("finding", finding);
        Button record = new Button(getTranslation("inspections.recordFinding"), click -> {
            errors.clear();
            try {
                if (organization.getValue() == null) {
                    return;
                }
                inspections.recordFinding(me, authority, draw.id(), organization.getValue().key(), result.getValue(),
                        finding.getValue());
                show(draw.id());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        record.setId("inspection-record-finding");
        HorizontalLayout form = new HorizontalLayout(organization, result, finding, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("inspections.title");
    }
}
