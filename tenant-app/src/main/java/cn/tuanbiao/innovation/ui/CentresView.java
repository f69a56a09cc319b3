package cn.tuanbiao.innovation.ui;

import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreOverview;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.service.InnovationBaseService;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 创新基地 → 区域（行业）中心 (SUP-5): the base's centres with their stage, next deadline and the
 * windows needing attention; the base's staff register a linked centre's application here.
 */
@Prototype
@Route(value = "innovation/centres", layout = MainLayout.class)
public class CentresView extends VerticalLayout implements HasDynamicTitle {

    private final InnovationBaseService base;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<CentreOverview> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public CentresView(InnovationBaseService base) {
        this.base = base;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        add(new H2(getTranslation("innovation.title")));
        if (UiSession.hasRole(OrganizationRole.ADMINISTRATOR) || UiSession.hasRole(OrganizationRole.SECRETARIAT)) {
            Button apply = new Button(getTranslation("innovation.apply"), click -> applyDialog());
            apply.setId("centre-apply");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(apply);
        }
        grid.setId("centres");
        grid.addComponentColumn(o -> new RouterLink(o.file().name(), CentreFileView.class,
                new RouteParameters("id", o.file().id().toString()))).setHeader(getTranslation("innovation.column.name"))
                .setFlexGrow(3);
        grid.addColumn(o -> getTranslation("centreType." + o.file().type().name()))
                .setHeader(getTranslation("innovation.column.type"));
        grid.addComponentColumn(o -> CentreFilePanel.badge(getTranslation("centreStage." + o.file().stage().name())))
                .setHeader(getTranslation("innovation.column.stage"));
        grid.addColumn(o -> o.next() == null ? "" : describe(o.next())).setHeader(getTranslation("innovation.column.next"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.warnings().stream().map(this::describe).collect(Collectors.joining("；")))
                .setHeader(getTranslation("innovation.column.warnings")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("innovation.none"));
        add(grid, none);
        refresh();
    }

    private void refresh() {
        List<CentreOverview> centres = base.list(me, tenant);
        grid.setItems(centres);
        none.setVisible(centres.isEmpty());
    }

    private String describe(Deadline d) {
        String what = getTranslation("centreDeadline." + d.kind().name());
        if (d.year() != null) {
            what = getTranslation("innovation.deadline.year", d.year(), what);
        }
        return getTranslation("innovation.deadline.item", d.due(), what, getTranslation("deadlineState." + d.state().name()));
    }

    private void applyDialog() {
        Map<TenantId, String> candidates = base.candidates(me, tenant);
        ActionDialog dialog = new ActionDialog(getTranslation("innovation.apply"));
        ComboBox<TenantId> centre = dialog.field("centre", new ComboBox<>(getTranslation("innovation.centre")));
        centre.setItems(candidates.keySet());
        centre.setItemLabelGenerator(candidates::get);
        Select<CentreType> type = dialog.field("centreType", new Select<>());
        type.setLabel(getTranslation("innovation.type"));
        type.setItems(CentreType.values());
        type.setItemLabelGenerator(t -> getTranslation("centreType." + t.name()));
        TextField name = dialog.field("name", new TextField(getTranslation("innovation.name")));
        centre.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(candidates.get(e.getValue()));
            }
        });
        dialog.confirm(getTranslation("innovation.submit"), () -> {
            CentreFile f = base.apply(me, tenant, centre.getValue(), type.getValue(), name.getValue());
            return getTranslation("innovation.applied", f.name());
        }, this::refresh); // in place: a reload would wipe out the confirmation just shown
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("innovation.title");
    }
}
