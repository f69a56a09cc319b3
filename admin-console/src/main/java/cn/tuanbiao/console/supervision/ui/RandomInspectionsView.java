package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.console.supervision.domain.DrawRequest;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.PoolFilter;
import cn.tuanbiao.console.supervision.service.RandomInspections;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Random inspections (随机抽查, SUP-2): draw organizations of the jurisdiction and the authority's
 * inspectors with a recorded seed, and the list of draws, newest first.
 */
@Prototype
@Route(value = "supervision/inspections", layout = MainLayout.class)
public class RandomInspectionsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public RandomInspectionsView(RandomInspections inspections) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId authority = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("inspections.title")), new Paragraph(getTranslation("inspections.intro")));
        if (authority == null) {
            return;
        }
        TextField title = new TextField(getTranslation("inspections.field.title"));
        title.setId("inspection-title");
        title.setWidth("24em");
        IntegerField organizations = new IntegerField(getTranslation("inspections.field.organizations"));
        organizations.setValue(3);
        organizations.setId("inspection-organizations");
        IntegerField inspectors = new IntegerField(getTranslation("inspections.field.inspectors"));
        inspectors.setValue(2);
        TextField region = new TextField(getTranslation("supervision.filter.region"));
        Select<OrganizationKind> kind = new Select<>();
        kind.setLabel(getTranslation("supervision.filter.kind"));
        kind.setItems(List.of(OrganizationKind.values()).stream().filter(OrganizationKind::setsStandards).toList());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("supervision.filter.anyKind")
                : getTranslation("kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        TextField industry = new TextField(getTranslation("supervision.filter.industry"));
        TextField seed = new TextField(getTranslation("inspections.field.seed"));
        seed.setWidth("24em");
        FormErrors errors = new FormErrors(this).field("title", title).field("organizations", organizations)
                .field("inspectors", inspectors).field("region", region).field("industry", industry).field("seed", seed);
        Button draw = new Button(getTranslation("inspections.draw"), click -> {
            errors.clear();
            try {
                InspectionDraw drawn = inspections.draw(me, authority, new DrawRequest(title.getValue(),
                        value(organizations), value(inspectors), new PoolFilter(
                        region.isEmpty() ? null : new Jurisdiction(region.getValue().strip()), kind.getValue(),
                        industry.isEmpty() ? null : industry.getValue().strip().toUpperCase()), seed.getValue()));
                UI.getCurrent().navigate(InspectionDrawView.class, new RouteParameters("id", drawn.id().toString()));
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        draw.setId("inspection-draw");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form1 = new HorizontalLayout(title, organizations, inspectors);
        HorizontalLayout form2 = new HorizontalLayout(region, kind, industry, seed, draw);
        form2.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("inspections.new")), form1, form2);

        Grid<InspectionDraw> grid = new Grid<>();
        grid.setId("inspections-grid");
        grid.addColumn(d -> TIME.format(d.drawnAt())).setHeader(getTranslation("inspections.drawnAt")).setAutoWidth(true);
        grid.addColumn(InspectionDraw::title).setHeader(getTranslation("inspections.field.title")).setFlexGrow(1);
        grid.addColumn(InspectionDraw::seed).setHeader(getTranslation("inspections.seed")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.published() ? "inspections.published" : "inspections.unpublished"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inspections.none"));
        try {
            grid.setItems(inspections.list(me, authority));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H2(getTranslation("inspections.title")), new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        grid.addItemClickListener(click -> UI.getCurrent().navigate(InspectionDrawView.class,
                new RouteParameters("id", click.getItem().id().toString())));
        add(grid);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspections.title") + " · 团标通";
    }
}
