package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseFilter;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Appeals, complaints and disputes (申诉投诉, PART-6): a lazy list, newest first, filtered by kind,
 * status and overdue (overdue cases stand out), the filing form for everyone with a role, and the
 * time limits for the coordination body. The secretariat and administrators see every case;
 * anyone else their own.
 */
@Prototype
@Route(value = "appeals", layout = MainLayout.class)
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(StandardService.CHINA);

    private final CaseService cases;
    private final StandardService standards;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Case> grid = new Grid<>();
    private final Select<CaseKind> kind = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();

    public CasesView(CaseService cases, StandardService standards) {
        this.cases = cases;
        this.standards = standards;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("cases.title")));
        if (tenant == null) {
            return;
        }
        add(new Paragraph(getTranslation("cases.intro")));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("cases.filter.anyKind") : getTranslation("caseKind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("cases.filter.anyKind"));
        kind.setId("cases-filter-kind");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cases.filter.anyStatus") : getTranslation("caseStatus." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("cases.filter.anyStatus"));
        status.setId("cases-filter-status");
        overdueOnly.setLabel(getTranslation("cases.filter.overdue"));
        overdueOnly.setId("cases-filter-overdue");
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(kind, status, overdueOnly);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button file = new Button(getTranslation("cases.file"), VaadinIcon.PLUS.create(), click -> fileDialog().open());
        file.setId("case-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tools.add(file);
        if (coordinationBody()) {
            Button limits = new Button(getTranslation("cases.timeLimits"), VaadinIcon.CLOCK.create(),
                    click -> timeLimitsDialog().open());
            limits.setId("case-time-limits");
            tools.add(limits);
        }
        add(tools);

        LocalDate today = cases.today();
        grid.setId("cases-grid");
        grid.addColumn(Case::number).setHeader(getTranslation("cases.column.number")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("caseKind." + c.kind().name())).setHeader(getTranslation("cases.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.filing().title()).setHeader(getTranslation("cases.column.title")).setFlexGrow(1);
        grid.addColumn(this::complainant).setHeader(getTranslation("cases.column.complainant")).setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.receivedAt())).setHeader(getTranslation("cases.column.received"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> badge(getTranslation("caseStatus." + c.status().name()), null))
                .setHeader(getTranslation("cases.column.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> deadline(c, today)).setHeader(getTranslation("cases.column.deadline"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(c -> c.overdue(today) ? "tb-overdue" : null);
        grid.setEmptyStateText(getTranslation("cases.none"));
        grid.setItems(query -> cases.list(me, tenant, filter(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) cases.list(me, tenant, filter(), PageRequest.first(1)).total());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(CaseView.class,
                new RouteParameters("id", click.getItem().id().toString())));
        add(grid);
    }

    private CaseFilter filter() {
        return new CaseFilter(kind.getValue(), status.getValue(), overdueOnly.getValue());
    }

    private String complainant(Case c) {
        if (c.complainant().anonymous()) {
            return getTranslation("cases.anonymous");
        }
        return c.complainant().name() == null ? "" : c.complainant().name();
    }

    private Span deadline(Case c, LocalDate today) {
        if (c.nextDeadline() == null) {
            return new Span();
        }
        String text = getTranslation("caseLimit." + c.pendingLimit().name()) + " " + c.nextDeadline();
        return c.overdue(today) ? badge(getTranslation("cases.overdue") + " · " + text, "error") : new Span(text);
    }

    private Dialog fileDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.file"));
        Select<CaseKind> caseKind = new Select<>();
        caseKind.setLabel(getTranslation("cases.field.kind"));
        caseKind.setItems(CaseKind.values());
        caseKind.setItemLabelGenerator(k -> getTranslation("caseKind." + k.name()));
        caseKind.setValue(CaseKind.APPEAL);
        caseKind.setId("case-kind");
        TextField title = new TextField(getTranslation("cases.field.title"));
        title.setId("case-title");
        TextArea description = new TextArea(getTranslation("cases.field.description"));
        description.setId("case-description");
        description.setMinHeight("8em");
        ComboBox<StandardSummary> standard = new ComboBox<>(getTranslation("cases.field.standard"));
        standard.setItems(query -> standards.list(me, tenant, new StandardFilter(Set.of(), null,
                query.getFilter().orElse(null), null), new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream());
        standard.setItemLabelGenerator(StandardSummary::titleZh);
        standard.setClearButtonVisible(true);
        standard.setId("case-standard");
        Select<ContestedDecision> contested = new Select<>();
        contested.setLabel(getTranslation("field.contestedDecision"));
        contested.setItems(ContestedDecision.values());
        contested.setItemLabelGenerator(d -> getTranslation("contestedDecision." + d.name()));
        contested.setId("case-contested-decision");
        TextField otherParty = new TextField(getTranslation("field.otherParty"));
        otherParty.setId("case-other-party");
        otherParty.setVisible(false);
        caseKind.addValueChangeListener(e -> {
            contested.setVisible(e.getValue() == CaseKind.APPEAL);
            otherParty.setVisible(e.getValue() == CaseKind.DISPUTE);
        });
        FormErrors errors = new FormErrors(this).field("kind", caseKind).field("title", title)
                .field("description", description).field("standard", standard)
                .field("contestedDecision", contested).field("otherParty", otherParty);
        Button save = new Button(getTranslation("cases.submit"), click -> {
            try {
                errors.clear();
                Case filed = cases.file(me, tenant, new CaseFiling(caseKind.getValue(), title.getValue(),
                        description.getValue(), standard.getValue() == null ? null : standard.getValue().id(),
                        contested.isVisible() ? contested.getValue() : null,
                        otherParty.isVisible() ? otherParty.getValue() : null));
                dialog.close();
                Notifications.success(getTranslation("cases.filed", filed.number()));
                UI.getCurrent().navigate(CaseView.class, new RouteParameters("id", filed.id().toString()));
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(caseKind, title, contested, otherParty, standard, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("46em");
        return dialog;
    }

    /** The organization's time limits, in calendar days from receipt (PART-6). */
    private Dialog timeLimitsDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.timeLimits"));
        TimeLimits current = cases.timeLimits(me, tenant);
        IntegerField acknowledge = days("field.acknowledgeDays", current.acknowledgeDays(), "case-limit-acknowledge");
        IntegerField scope = days("field.scopeDays", current.scopeDays(), "case-limit-scope");
        IntegerField conclude = days("field.concludeDays", current.concludeDays(), "case-limit-conclude");
        FormErrors errors = new FormErrors(this).field("acknowledgeDays", acknowledge).field("scopeDays", scope)
                .field("concludeDays", conclude);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                errors.clear();
                cases.setTimeLimits(me, tenant, new TimeLimits(value(acknowledge), value(scope), value(conclude)));
                dialog.close();
                Notifications.success(getTranslation("cases.timeLimitsSaved"));
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("case-limits-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("cases.timeLimitsHint")), new VerticalLayout(acknowledge, scope, conclude));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private IntegerField days(String label, int value, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setValue(value);
        field.setMin(1);
        field.setMax(TimeLimits.MAX_DAYS);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static boolean coordinationBody() {
        return UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · 团标通";
    }
}
