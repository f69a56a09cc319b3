package cn.tuanbiao.standards.ui;

import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.standards.domain.Amendment;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardAmendments;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;


/** A published standard's amendments (修改单, LC-1), and publishing the next one. */
class AmendmentsPanel extends VerticalLayout {

    private final StandardAmendments amendments;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardProject standard;
    private final Runnable onChange;
    private final Grid<Amendment> grid = new Grid<>();

    AmendmentsPanel(StandardAmendments amendments, FileCheck fileCheck, PersonId me, TenantId tenant,
                    StandardProject standard, boolean canPublish, Runnable onChange) {
        this.amendments = amendments;
        this.fileCheck = fileCheck;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.onChange = onChange;
        setPadding(false);
        setId("amendments");
        add(new H3(getTranslation("amendments.title")));
        if (canPublish) {
            Button publish = new Button(getTranslation("amendments.publish"), click -> publishDialog().open());
            publish.setId("amendment-publish");
            add(publish);
        }
        grid.setId("amendments-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.label(standard.publication().number())).setHeader(getTranslation("amendments.column.number"))
                .setAutoWidth(true);
        grid.addColumn(Amendment::summary).setHeader(getTranslation("field.amendmentSummary")).setFlexGrow(1);
        grid.addColumn(Amendment::decisionReference).setHeader(getTranslation("field.decisionReference")).setAutoWidth(true);
        grid.addColumn(Amendment::publishedOn).setHeader(getTranslation("field.publishedOn")).setAutoWidth(true);
        grid.addColumn(Amendment::inForceFrom).setHeader(getTranslation("field.inForceFrom")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("amendments.none"));
        refresh();
        add(grid);
    }

    private void refresh() {
        grid.setItems(amendments.of(me, tenant, standard.id()));
    }

    private Dialog publishDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("amendments.publish"));
        TextArea summary = new TextArea(getTranslation("field.amendmentSummary"));
        TextField reference = new TextField(getTranslation("field.decisionReference"));
        DatePicker publishedOn = DateFields.iso(getTranslation("field.publishedOn"));
        DatePicker inForceFrom = DateFields.iso(getTranslation("field.inForceFrom"));
        SingleFileField text = new SingleFileField(fileCheck.maxBytes());
        FormErrors errors = new FormErrors(this).field("amendmentSummary", summary).field("decisionReference", reference)
                .field("publishedOn", publishedOn).field("inForceFrom", inForceFrom);
        Button save = new Button(getTranslation("amendments.publish"), click -> {
            try {
                errors.clear();
                AmendmentDraft draft = new AmendmentDraft(summary.getValue(), reference.getValue(), publishedOn.getValue(),
                        inForceFrom.getValue());
                Amendment published = text.useChecked(fileCheck,
                        checked -> amendments.publish(me, tenant, standard.id(), draft, checked));
                dialog.close();
                Notifications.success(published.label(standard.publication().number()));
                refresh();
                onChange.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(summary, reference, publishedOn, inForceFrom, text));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> {
            text.discard();
            dialog.close();
        }), save);
        return dialog;
    }
}
