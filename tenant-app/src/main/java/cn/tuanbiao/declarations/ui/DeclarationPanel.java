package cn.tuanbiao.declarations.ui;

import cn.tuanbiao.declarations.domain.Comparison;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.domain.StandardDeclaration;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.declarations.service.SelfDeclarations.DeclarationView;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A published standard's self-declaration (PUB-1) on its page: the whole declaration as the
 * national registry will show it, under the platform's labels; for the secretariat, what only the
 * organization can declare and the two commitments to confirm, which sends it; and each event's
 * way to the registry (pending, sent, accepted with its receipt, rejected with the reason to
 * correct, dead).
 */
public class DeclarationPanel extends VerticalLayout {

    private static final int POLL_MILLIS = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SelfDeclarations declarations;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardId standard;
    private final boolean secretariat;
    private final Grid<RegistryChange> syncGrid = new Grid<>();
    private final Span latestSync = new Span();
    private Registration polling;
    private boolean underWay;

    public DeclarationPanel(SelfDeclarations declarations, PersonId me, TenantId tenant, StandardId standard,
                            boolean secretariat) {
        this.declarations = declarations;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.secretariat = secretariat;
        setPadding(false);
        setId("self-declaration");
        configureSyncGrid();
        show(declarations.view(me, tenant, standard, PageRequest.first(20)));
    }

    /** While an event is on its way, the sync states refresh every two seconds, as the relay moves them. */
    @Override
    protected void onAttach(AttachEvent event) {
        if (underWay) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
        polling = event.getUI().addPollListener(poll -> {
            List<RegistryChange> changes = declarations.view(me, tenant, standard, PageRequest.first(20)).history().items();
            showSync(changes);
            if (!underWay) {
                event.getUI().setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private static boolean underWay(RegistryChange change) {
        return change.state() == SyncState.PENDING || change.state() == SyncState.SENT;
    }

    private void show(DeclarationView view) {
        removeAll();
        StandardDeclaration stored = view.stored();
        add(new H3(getTranslation("declarations.title")));
        Span state = new Span(stored.confirmed()
                ? getTranslation("declarations.confirmedBy", stored.confirmedByName(), TIME.format(stored.confirmedAt()))
                : getTranslation("declarations.awaitingConfirmation"));
        state.setId("declaration-state");
        state.getElement().getThemeList().add(stored.confirmed() ? "badge success" : "badge contrast");
        add(state, preview(view.declaration()));
        if (secretariat) {
            add(form(stored));
        }
        add(history(view.history().items()));
    }

    /** The declaration under the labels the national platform publishes (PROTOCOL §5). */
    private FormLayout preview(SelfDeclaration d) {
        FormLayout labels = new FormLayout();
        labels.setId("declaration-preview");
        SelfDeclaration.StandardPart s = d.standard();
        line(labels, "团体名称", d.organization().name());
        line(labels, "统一社会信用代码", d.organization().creditCode());
        line(labels, "标准名称", s.title());
        line(labels, "英文名称", s.titleEn());
        line(labels, "标准编号", s.number());
        line(labels, "发布日期", s.publishedOn());
        line(labels, "实施日期", s.inForceFrom());
        line(labels, "发布文件", s.publicationDocument() == null ? null
                : s.publicationDocument().number() + "（SHA-256 " + s.publicationDocument().sha256().substring(0, 12) + "…）");
        line(labels, "范围", s.scope());
        line(labels, "标准涉及专利", d.patents().isEmpty() ? getTranslation("declarations.noPatents")
                : d.patents().stream().map(p -> p.number() + " " + p.title() + "（" + p.holder() + "，" + p.licensing() + "）")
                .collect(Collectors.joining("；")));
        line(labels, "标准水平程度", d.level());
        line(labels, "性能指标", String.join("；", d.performanceIndicators()));
        line(labels, "功能指标", String.join("；", d.functionalIndicators()));
        line(labels, "与国家标准、行业标准、地方标准的对比", d.comparison().stream()
                .map(c -> c.standardNumber() + " " + c.indicator() + "：本标准 " + c.ours() + "，对比标准 " + c.theirs())
                .collect(Collectors.joining("；")));
        line(labels, "状态", d.status());
        return labels;
    }

    private static void line(FormLayout labels, String label, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        labels.addFormItem(text, label);
    }

    private VerticalLayout form(StandardDeclaration stored) {
        DeclarationForm current = stored.form();
        Select<DeclaredLevel> level = new Select<>();
        level.setLabel(getTranslation("field.level"));
        level.setItems(DeclaredLevel.values());
        level.setItemLabelGenerator(DeclaredLevel::label);
        level.setValue(current.level());
        level.setId("declaration-level");
        TextArea performance = lines("performanceIndicators", current.performanceIndicators());
        TextArea functional = lines("functionalIndicators", current.functionalIndicators());
        TextArea comparisons = lines("comparisons", current.comparisons().stream()
                .map(c -> String.join(" | ", c.standardNumber(), c.indicator(), c.ours(), c.theirs())).toList());
        comparisons.setHelperText(getTranslation("declarations.comparisonHelp"));
        FormErrors errors = new FormErrors(this).field("level", level).field("performanceIndicators", performance)
                .field("functionalIndicators", functional).field("comparisons", comparisons);
        FormLayout fields = new FormLayout(level, performance, functional, comparisons);
        VerticalLayout form = new VerticalLayout(fields);
        form.setPadding(false);
        if (!stored.confirmed()) {
            Checkbox lawful = new Checkbox(getTranslation("declarations.commitment.lawfulAndTrue"));
            lawful.setId("commitment-lawful");
            Checkbox compliant = new Checkbox(getTranslation("declarations.commitment.compliant"));
            compliant.setId("commitment-compliant");
            errors.field("lawfulAndTrue", lawful).field("compliant", compliant);
            Button draft = new Button(getTranslation("declarations.saveDraft"), click -> act(errors, () ->
                    declarations.save(me, tenant, standard, read(level, performance, functional, comparisons))));
            draft.setId("declaration-save");
            Button confirm = new Button(getTranslation("declarations.confirm"), click -> act(errors, () ->
                    declarations.confirm(me, tenant, standard, read(level, performance, functional, comparisons),
                            lawful.getValue(), compliant.getValue())));
            confirm.setId("declaration-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(lawful, compliant, new HorizontalLayout(draft, confirm));
        } else {
            Button correct = new Button(getTranslation("declarations.saveCorrection"), click -> act(errors, () ->
                    declarations.save(me, tenant, standard, read(level, performance, functional, comparisons))));
            correct.setId("declaration-save");
            form.add(correct);
        }
        return form;
    }

    private void act(FormErrors errors, java.util.function.Supplier<DeclarationView> action) {
        try {
            errors.clear();
            DeclarationView view = action.get();
            Notifications.success(getTranslation("declarations.saved"));
            show(view);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (LifecycleRefusal e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private TextArea lines(String field, List<String> values) {
        TextArea area = new TextArea(getTranslation("field." + field));
        area.setValue(String.join("\n", values));
        area.setPlaceholder(getTranslation("declarations.onePerLine"));
        area.setId("declaration-" + field);
        return area;
    }

    private static DeclarationForm read(Select<DeclaredLevel> level, TextArea performance, TextArea functional,
                                        TextArea comparisons) {
        return new DeclarationForm(level.getValue(), split(performance.getValue()), split(functional.getValue()),
                comparisons(comparisons.getValue()));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One comparison per line: 标准编号 | 指标 | 本标准 | 对比标准; a line of another shape is named. */
    private static List<Comparison> comparisons(String text) {
        List<String> rows = split(text);
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\\s*[|｜]\\s*");
            if (cells.length != 4) {
                throw new InvalidInputException(FieldProblem.of("comparisons", "PUB-1",
                        "declarations.comparisonIncomplete", i + 1));
            }
            comparisons.add(new Comparison(cells[0], cells[1], cells[2], cells[3]));
        }
        return comparisons;
    }

    private Div history(List<RegistryChange> changes) {
        Div box = new Div();
        box.setWidthFull();
        box.add(new H3(getTranslation("declarations.sync")));
        if (changes.isEmpty()) {
            box.add(new Span(getTranslation("declarations.sync.none")));
            return box;
        }
        box.add(latestSync, syncGrid);
        showSync(changes);
        if (underWay) {
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        }
        return box;
    }

    /** The grid, and above it the latest event's state in words: what the secretariat looks for first. */
    private void showSync(List<RegistryChange> changes) {
        syncGrid.setItems(changes);
        underWay = changes.stream().anyMatch(DeclarationPanel::underWay);
        if (changes.isEmpty()) {
            return;
        }
        RegistryChange latest = changes.get(0);
        latestSync.setText(getTranslation("declarations.sync.latest", getTranslation("registryEvent." + latest.type().name()),
                getTranslation("syncState." + latest.state().name()), SyncNote.of(this, latest)));
    }

    private void configureSyncGrid() {
        latestSync.setId("declaration-sync-latest");
        syncGrid.setId("declaration-sync");
        syncGrid.setAllRowsVisible(true);
        syncGrid.addColumn(RegistryChange::sequence).setHeader(getTranslation("declarations.sync.sequence")).setAutoWidth(true);
        syncGrid.addColumn(c -> getTranslation("registryEvent." + c.type().name()))
                .setHeader(getTranslation("declarations.sync.event")).setAutoWidth(true);
        syncGrid.addColumn(c -> getTranslation("syncState." + c.state().name()))
                .setHeader(getTranslation("declarations.sync.state")).setAutoWidth(true);
        syncGrid.addColumn(c -> TIME.format(c.acceptedAt() != null ? c.acceptedAt() : c.createdAt()))
                .setHeader(getTranslation("declarations.sync.time")).setAutoWidth(true);
        syncGrid.addColumn(c -> SyncNote.of(this, c)).setHeader(getTranslation("declarations.sync.note")).setFlexGrow(1);
    }
}
