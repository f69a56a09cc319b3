package cn.tuanbiao.bodies.ui;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

/** The organization's decision, coordination and drafting bodies (ORG-3). */
@Prototype
@Route(value = "bodies", layout = MainLayout.class)
public class BodiesView extends VerticalLayout implements HasDynamicTitle {

    private final BodyService bodies;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Body> grid = new Grid<>();
    private final ComboBox<BodyKind> kind = new ComboBox<>();
    private final Checkbox includeDissolved = new Checkbox();

    public BodiesView(BodyService bodies) {
        this.bodies = bodies;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("bodies.title")));
        if (tenant == null) {
            return;
        }
        kind.setItems(BodyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bodyKind." + k.name()));
        kind.setPlaceholder(getTranslation("bodies.filter.kind"));
        kind.setClearButtonVisible(true);
        includeDissolved.setLabel(getTranslation("bodies.filter.includeDissolved"));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        includeDissolved.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button establish = new Button(getTranslation("bodies.establish"), VaadinIcon.PLUS.create(),
                click -> establishDialog().open());
        establish.setId("establish-body");
        establish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(kind, includeDissolved, establish);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters);

        grid.setId("bodies-grid");
        grid.addColumn(Body::nameZh).setHeader(getTranslation("bodies.column.name")).setFlexGrow(1);
        grid.addColumn(b -> getTranslation("bodyType." + b.type().name())).setHeader(getTranslation("bodies.column.type"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation("bodyKind." + b.kind().name())).setHeader(getTranslation("bodies.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.establishedOn() + (b.dissolvedOn() == null ? "" : " — " + b.dissolvedOn()))
                .setHeader(getTranslation("bodies.column.period")).setAutoWidth(true);
        grid.setItems(query -> bodies.list(me, tenant, kind.getValue(), includeDissolved.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) bodies.list(me, tenant, kind.getValue(), includeDissolved.getValue(),
                        PageRequest.first(1)).total());
        grid.addItemClickListener(click -> open(click.getItem()));
        add(grid);
    }

    private Dialog establishDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bodies.establish"));
        ComboBox<BodyType> type = new ComboBox<>(getTranslation("field.bodyType"), BodyType.values());
        type.setItemLabelGenerator(t -> getTranslation("bodyType." + t.name()) + "（"
                + getTranslation("bodyKind." + t.kind().name()) + "）");
        type.setId("body-type");
        TextField nameZh = new TextField(getTranslation("field.bodyName"));
        nameZh.setId("body-name");
        TextField nameEn = new TextField(getTranslation("field.nameEn"));
        TextArea mandate = new TextArea(getTranslation("field.mandate"));
        DatePicker establishedOn = new DatePicker(getTranslation("field.establishedOn"));
        establishedOn.setId("body-establishedOn");
        FormErrors errors = new FormErrors(dialog).field("type", type).field("nameZh", nameZh).field("nameEn", nameEn)
                .field("mandate", mandate).field("establishedOn", establishedOn);
        FormLayout form = new FormLayout(type, nameZh, nameEn, establishedOn, mandate);
        form.setColspan(mandate, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                Body body = bodies.establish(me, tenant, new BodyCharter(type.getValue(), nameZh.getValue(),
                        nameEn.getValue(), mandate.getValue(), establishedOn.getValue()));
                dialog.close();
                open(body);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("body-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        return dialog;
    }

    private static void open(Body body) {
        UI.getCurrent().navigate(BodyDetailView.class, new RouteParameters("id", body.id().toString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bodies.title") + " · 团标通";
    }
}
