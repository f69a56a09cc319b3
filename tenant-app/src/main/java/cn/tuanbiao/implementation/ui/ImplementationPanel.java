package cn.tuanbiao.implementation.ui;

import cn.tuanbiao.implementation.domain.ConversionLevel;
import cn.tuanbiao.implementation.domain.ConversionOutcome;
import cn.tuanbiao.implementation.domain.ImplementationRecord;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.ImplementationSummary;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;


/**
 * A published standard's life after publication (LC-8): figures at a glance, the records, a form
 * to add one, and the outcome of pending conversion requests.
 */
public class ImplementationPanel extends VerticalLayout {

    private final ImplementationRecords records;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardId standard;
    private final Runnable onChange;
    private final Div figures = new Div();
    private final Grid<ImplementationRecord> grid = new Grid<>();

    /**
     * @param canRecord     whether to offer the form (the service decides what each role may record)
     * @param canDecide     whether to offer recording conversion outcomes
     * @param editable      false once the standard is no longer in force: the records stay readable
     */
    public ImplementationPanel(ImplementationRecords records, PersonId me, TenantId tenant, StandardId standard,
                               boolean canRecord, boolean canDecide, boolean editable, Runnable onChange) {
        this.records = records;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.onChange = onChange;
        setPadding(false);
        setId("implementation");
        add(new H3(getTranslation("implementation.title")));
        figures.setId("implementation-figures");
        figures.addClassName("tb-card");
        add(figures);
        if (editable && canRecord) {
            Button add = new Button(getTranslation("implementation.add"), VaadinIcon.PLUS.create(), click -> recordDialog().open());
            add.setId("implementation-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.setId("implementation-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("implementationKind." + r.kind().name()))
                .setHeader(getTranslation("implementation.column.kind")).setAutoWidth(true);
        grid.addColumn(ImplementationRecord::occurredOn).setHeader(getTranslation("field.occurredOn")).setAutoWidth(true);
        grid.addColumn(ImplementationRecord::title).setHeader(getTranslation("field.recordTitle")).setFlexGrow(1);
        grid.addColumn(r -> r.counterpart() == null ? "" : r.counterpart())
                .setHeader(getTranslation("field.counterpart")).setAutoWidth(true);
        grid.addColumn(this::outcome).setHeader(getTranslation("implementation.column.outcome")).setAutoWidth(true);
        if (editable && canDecide) {
            grid.addComponentColumn(r -> r.conversionOutcome() == ConversionOutcome.PENDING ? decideButton(r) : new Div())
                    .setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("implementation.none"));
        grid.setItems(query -> records.records(me, tenant, standard, null,
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) records.records(me, tenant, standard, null, PageRequest.first(1)).total());
        add(grid);
        refreshFigures();
    }

    private String outcome(ImplementationRecord r) {
        if (r.participants() != null) {
            return getTranslation("implementation.participants", r.participants());
        }
        if (r.conversionLevel() == null) {
            return "";
        }
        String level = getTranslation("conversionLevel." + r.conversionLevel().name());
        String outcome = getTranslation("conversionOutcome." + r.conversionOutcome().name());
        return level + " · " + outcome + (r.outcomeOn() == null ? "" : "（" + r.outcomeOn() + "）");
    }

    private void refreshFigures() {
        ImplementationSummary s = records.summary(me, tenant, standard);
        figures.setText(getTranslation("implementation.figures",
                s.count(ImplementationRecordKind.DISSEMINATION_EVENT), s.count(ImplementationRecordKind.TRAINING),
                s.participants(), s.count(ImplementationRecordKind.IMPLEMENTATION_FEEDBACK),
                s.count(ImplementationRecordKind.ADOPTION), s.count(ImplementationRecordKind.CONVERSION_REQUEST),
                s.count(ImplementationRecordKind.TRADEMARK_USE)));
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        refreshFigures();
        onChange.run();
    }

    private Dialog recordDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("implementation.add"));
        ComboBox<ImplementationRecordKind> kind = new ComboBox<>(getTranslation("field.recordKind"));
        kind.setItems(ImplementationRecordKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("implementationKind." + k.name()));
        kind.setId("record-kind");
        DatePicker occurredOn = DateFields.iso(getTranslation("field.occurredOn"));
        occurredOn.setId("record-occurredOn");
        TextField title = new TextField(getTranslation("field.recordTitle"));
        title.setId("record-title");
        TextField counterpart = new TextField(getTranslation("field.counterpart"));
        counterpart.setId("record-counterpart");
        counterpart.setHelperText(getTranslation("implementation.counterpartHelp"));
        IntegerField participants = new IntegerField(getTranslation("field.participants"));
        participants.setId("record-participants");
        ComboBox<ConversionLevel> level = new ComboBox<>(getTranslation("field.conversionLevel"));
        level.setItems(ConversionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("conversionLevel." + l.name()));
        level.setId("record-level");
        TextArea description = new TextArea(getTranslation("field.description"));
        participants.setVisible(false);
        level.setVisible(false);
        kind.addValueChangeListener(e -> {
            participants.setVisible(e.getValue() != null && e.getValue().isEvent());
            level.setVisible(e.getValue() == ImplementationRecordKind.CONVERSION_REQUEST);
        });
        FormErrors errors = new FormErrors(this).field("recordKind", kind).field("occurredOn", occurredOn)
                .field("recordTitle", title).field("counterpart", counterpart).field("participants", participants)
                .field("conversionLevel", level).field("description", description);
        Button save = new Button(getTranslation("common.save"), click -> attempt(errors, () -> {
            records.record(me, tenant, standard, new RecordDraft(kind.getValue(), occurredOn.getValue(), title.getValue(),
                    counterpart.getValue(), participants.isVisible() ? participants.getValue() : null,
                    description.getValue(), level.isVisible() ? level.getValue() : null));
            dialog.close();
            Notifications.success(getTranslation("implementation.recorded"));
            changed();
        }));
        save.setId("record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, occurredOn, title, counterpart, participants, level, description));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Component decideButton(ImplementationRecord request) {
        Button decide = new Button(getTranslation("implementation.decide"), click -> decideDialog(request).open());
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return decide;
    }

    private Dialog decideDialog(ImplementationRecord request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("implementation.decide") + " · " + request.title());
        ComboBox<ConversionOutcome> outcome = new ComboBox<>(getTranslation("field.conversionOutcome"));
        outcome.setItems(ConversionOutcome.ACCEPTED, ConversionOutcome.REJECTED);
        outcome.setItemLabelGenerator(o -> getTranslation("conversionOutcome." + o.name()));
        DatePicker decidedOn = DateFields.iso(getTranslation("field.outcomeOn"));
        TextArea note = new TextArea(getTranslation("field.outcomeNote"));
        FormErrors errors = new FormErrors(this).field("conversionOutcome", outcome).field("outcomeOn", decidedOn);
        Button save = new Button(getTranslation("common.save"), click -> attempt(errors, () -> {
            records.decideConversion(me, tenant, request.id(), outcome.getValue(), decidedOn.getValue(), note.getValue());
            dialog.close();
            changed();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(outcome, decidedOn, note));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private static void attempt(FormErrors errors, Runnable work) {
        try {
            errors.clear();
            work.run();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
