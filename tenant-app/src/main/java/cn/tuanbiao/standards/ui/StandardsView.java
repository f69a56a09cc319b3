package cn.tuanbiao.standards.ui;

import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The organization's standard projects: a lazy, filtered list, and the proposal form (LC-1). */
@Prototype
@Route(value = "standards", layout = MainLayout.class)
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private final StandardService standards;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<StandardSummary> grid = new Grid<>();
    private final DatePicker dueBy = DateFields.iso(null);
    private final MultiSelectComboBox<Stage> stages = new MultiSelectComboBox<>();
    private final TextField workingGroup = new TextField();
    private final TextField search = new TextField();

    public StandardsView(StandardService standards) {
        this.standards = standards;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("standards.title")));
        if (tenant == null) {
            return;
        }
        stages.setItems(Stage.values());
        stages.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stages.setPlaceholder(getTranslation("standards.filter.stage"));
        stages.setId("filter-stage");
        workingGroup.setPlaceholder(getTranslation("standards.filter.workingGroup"));
        search.setPlaceholder(getTranslation("standards.filter.title"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{workingGroup, search}) {
            ((TextField) field).setValueChangeMode(ValueChangeMode.LAZY);
        }
        dueBy.setPlaceholder(getTranslation("standards.filter.dueBy"));
        dueBy.setClearButtonVisible(true);
        dueBy.setId("filter-due");
        dueBy.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stages.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        workingGroup.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button propose = new Button(getTranslation("standards.propose"), VaadinIcon.PLUS.create(), click -> proposeDialog().open());
        propose.setId("propose-standard");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button registerEarlier = new Button(getTranslation("standards.registerEarlier"), VaadinIcon.ARCHIVE.create(),
                click -> registerEarlierDialog().open());
        registerEarlier.setId("register-earlier");
        add(new HorizontalLayout(search, stages, workingGroup, dueBy, propose, registerEarlier));

        grid.setId("standards-grid");
        grid.addColumn(StandardSummary::titleZh).setHeader(getTranslation("standards.column.title")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("stage." + s.stage().name())).setHeader(getTranslation("standards.column.stage"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.number() == null ? "" : s.number()).setHeader(getTranslation("standards.column.number"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.workingGroup() == null ? "" : s.workingGroup())
                .setHeader(getTranslation("standards.column.workingGroup")).setAutoWidth(true);
        grid.addColumn(s -> s.commentCloses() != null && s.stage() == Stage.COMMENT_PERIOD ? s.commentCloses().toString()
                        : s.reviewDue() != null && s.stage() == Stage.PUBLISHED ? s.reviewDue().toString() : "")
                .setHeader(getTranslation("standards.column.due")).setAutoWidth(true);
        grid.addColumn(s -> DATE.format(s.updatedAt())).setHeader(getTranslation("standards.column.updated")).setAutoWidth(true);
        grid.setItems(query -> standards.list(me, tenant, filter(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) standards.list(me, tenant, filter(), PageRequest.first(1)).total());
        grid.addItemClickListener(click -> open(click.getItem().id().toString()));
        add(grid);
    }

    private StandardFilter filter() {
        return new StandardFilter(stages.getValue(), workingGroup.getValue(), search.getValue(), dueBy.getValue());
    }

    private Dialog proposeDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("standards.propose"));
        TextField titleZh = new TextField(getTranslation("field.titleZh"));
        titleZh.setId("proposal-titleZh");
        TextField titleEn = new TextField(getTranslation("field.titleEn"));
        TextArea scope = new TextArea(getTranslation("field.scope"));
        scope.setId("proposal-scope");
        Checkbox publicInterest = new Checkbox(getTranslation("field.publicInterest"));
        Checkbox cybersecurity = new Checkbox(getTranslation("field.cybersecurity"));
        FormErrors errors = new FormErrors(dialog).field("titleZh", titleZh).field("titleEn", titleEn).field("scope", scope);
        FormLayout form = new FormLayout(titleZh, titleEn, scope, publicInterest, cybersecurity);
        form.setColspan(scope, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                StandardProject created = standards.propose(me, tenant, new Proposal(titleZh.getValue(), titleEn.getValue(),
                        scope.getValue(), publicInterest.getValue(), cybersecurity.getValue()), null);
                dialog.close();
                open(created.id().toString());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("proposal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        return dialog;
    }

    private Dialog registerEarlierDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("standards.registerEarlier"));
        TextField titleZh = new TextField(getTranslation("field.titleZh"));
        TextField titleEn = new TextField(getTranslation("field.titleEn"));
        TextArea scope = new TextArea(getTranslation("field.scope"));
        IntegerField sequence = new IntegerField(getTranslation("field.sequence"));
        sequence.setMin(1);
        IntegerField part = new IntegerField(getTranslation("field.part"));
        part.setMin(1);
        DatePicker publishedOn = new DatePicker(getTranslation("field.publishedOn"));
        DatePicker inForceFrom = new DatePicker(getTranslation("field.inForceFrom"));
        TextField draftingUnits = new TextField(getTranslation("field.draftingUnits"));
        FormErrors errors = new FormErrors(dialog).field("titleZh", titleZh).field("titleEn", titleEn)
                .field("scope", scope).field("sequence", sequence).field("part", part)
                .field("publishedOn", publishedOn).field("inForceFrom", inForceFrom).field("draftingUnits", draftingUnits);
        FormLayout form = new FormLayout(titleZh, titleEn, sequence, part, publishedOn, inForceFrom, draftingUnits, scope);
        form.setColspan(scope, 2);
        dialog.add(new Paragraph(getTranslation("standards.registerEarlierHelp")), form);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                StandardProject registered = standards.registerEarlierPublication(me, tenant, new EarlierPublication(
                        titleZh.getValue(), titleEn.getValue(), scope.getValue(), sequence.getValue(), part.getValue(),
                        publishedOn.getValue(), inForceFrom.getValue(), draftingUnits.getValue()));
                dialog.close();
                open(registered.id().toString());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        return dialog;
    }

    private static void open(String id) {
        UI.getCurrent().navigate(StandardDetailView.class, new RouteParameters("id", id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.title") + " · 团标通";
    }
}
