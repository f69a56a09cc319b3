package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.SourceKind;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationSource;
import cn.tuanbiao.violations.service.Violations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Violations and their handling (违规处理, PUB-4): the authority's cases, newest first, each with its
 * status, decision and way to the national registry; and the form that records a new case against an
 * organization of the jurisdiction (opened from an organization's page with its code filled in).
 */
@Prototype
@Route(value = "supervision/violations", layout = MainLayout.class)
public class ViolationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Violations violations;
    private final PersonId me;
    private final TenantId authority;
    private final TextField organization = new TextField();
    private final TextField rule = new TextField();
    private final TextArea facts = new TextArea();
    private final Select<SourceKind> sourceKind = new Select<>();
    private final Select<ViolationSource> source = new Select<>();
    private final Grid<ViolationRow> grid = new Grid<>();
    private final FormErrors errors;

    public ViolationsView(Violations violations) {
        this.violations = violations;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("violations.title")), new Paragraph(getTranslation("violations.intro")));
        organization.setLabel(getTranslation("field.violationOrganization"));
        organization.setId("violation-organization");
        organization.setHelperText(getTranslation("violations.organizationHelp"));
        organization.addValueChangeListener(change -> loadSources());
        rule.setLabel(getTranslation("field.violationRule"));
        rule.setId("violation-rule");
        rule.setMaxLength(ViolationDraft.RULE_LENGTH);
        facts.setLabel(getTranslation("field.violationFacts"));
        facts.setId("violation-facts");
        facts.setMaxLength(ViolationDraft.FACTS_LENGTH);
        sourceKind.setLabel(getTranslation("violations.sourceKind"));
        sourceKind.setItems(SourceKind.values());
        sourceKind.setItemLabelGenerator(k -> getTranslation("violationSource." + k.name()));
        sourceKind.setValue(SourceKind.OTHER);
        sourceKind.addValueChangeListener(change -> loadSources());
        source.setLabel(getTranslation("field.violationSource"));
        source.setItemLabelGenerator(s -> s == null ? "" : s.label());
        errors = new FormErrors(this).field("violationOrganization", organization).field("violationRule", rule)
                .field("violationFacts", facts).field("violationSource", source);
        Button record = new Button(getTranslation("violations.record"), click -> record());
        record.setId("violation-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(organization, rule, sourceKind, source, facts);
        form.setColspan(facts, 2);
        grid.setId("violations-grid");
        grid.addColumn(r -> TIME.format(r.violation().recordedAt())).setHeader(getTranslation("violations.recordedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.violation().organization().name()).setHeader(getTranslation("supervision.column.name"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.violation().rule()).setHeader(getTranslation("field.violationRule")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("violationStatus." + r.violation().status().name())
                        + (r.violation().corrections() == 0 ? "" : getTranslation("violations.correctedTimes",
                        r.violation().corrections())))
                .setHeader(getTranslation("violations.status")).setAutoWidth(true);
        grid.addColumn(r -> r.violation().decision() == null ? ""
                        : getTranslation("violationMeasure." + r.violation().decision().measure().name()))
                .setHeader(getTranslation("field.measure")).setAutoWidth(true);
        grid.addColumn(r -> r.violation().decision() == null ? "" : r.violation().decision().number())
                .setHeader(getTranslation("field.decisionNumber")).setAutoWidth(true);
        grid.addColumn(r -> r.latest().map(c -> getTranslation("syncState." + c.state().name())).orElse(""))
                .setHeader(getTranslation("violations.sync")).setAutoWidth(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ViolationView.class,
                new RouteParameters("id", click.getItem().violation().id().toString())));
        grid.setHeight("26em");
        if (authority == null) {
            return;
        }
        add(new H3(getTranslation("violations.list")), grid, new H3(getTranslation("violations.new")), form, record);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("organization").ifPresent(organization::setValue);
    }

    private void refresh() {
        try {
            Page<ViolationRow> first = violations.list(me, authority, null, null, PageRequest.first(1));
            grid.setItems(query -> violations.list(me, authority, null, null,
                    new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) first.total());
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H2(getTranslation("violations.title")), new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void loadSources() {
        if (sourceKind.getValue() == null || sourceKind.getValue() == SourceKind.OTHER || organization.isEmpty()) {
            source.setItems(List.of());
            source.setEnabled(false);
            return;
        }
        source.setEnabled(true);
        source.setItems(violations.sources(me, authority, organization.getValue()).stream()
                .filter(s -> s.kind() == sourceKind.getValue()).toList());
    }

    private void record() {
        errors.clear();
        try {
            Violation recorded = violations.record(me, authority, new ViolationDraft(organization.getValue(),
                    rule.getValue(), facts.getValue(), sourceKind.getValue(),
                    source.getValue() == null ? null : source.getValue().id()));
            UI.getCurrent().navigate(ViolationView.class, new RouteParameters("id", recorded.id().toString()));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violations.title") + " · 团标通";
    }
}
