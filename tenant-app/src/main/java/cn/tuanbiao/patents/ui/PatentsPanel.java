package cn.tuanbiao.patents.ui;

import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentCall;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The patents declared on a standard in work (PART-4): anyone with a role declares one; the
 * secretariat records the decision about a refusal, which approval waits for. Above them, the
 * calls for disclosure issued on the standard; the secretariat can issue another.
 */
public class PatentsPanel extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter CALL_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final PatentRegister patents;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardId standard;
    private final Runnable onChange;
    private final Grid<PatentDeclaration> grid = PatentGrids.declarations(this, false);
    private final VerticalLayout calls = new VerticalLayout();

    public PatentsPanel(PatentRegister patents, PersonId me, TenantId tenant, StandardId standard, boolean inWork,
                        boolean canDecide, Runnable onChange) {
        this.patents = patents;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.onChange = onChange;
        setPadding(false);
        setId("patents");
        add(new H3(getTranslation("patents.title")));
        add(calls);
        calls.setId("patent-calls");
        calls.setPadding(false);
        calls.setSpacing(false);
        showCalls();
        if (inWork) {
            Button declare = new Button(getTranslation("patents.declare"), VaadinIcon.PLUS.create(),
                    click -> declareDialog().open());
            declare.setId("patent-declare");
            HorizontalLayout buttons = new HorizontalLayout(declare);
            if (canDecide) {
                Button call = new Button(getTranslation("patents.call.issue"), VaadinIcon.MEGAPHONE.create(), click -> {
                    PatentCall issued = patents.issueCall(me, tenant, standard);
                    Notifications.success(getTranslation("patents.call.issued", issued.membersNotified()));
                    showCalls();
                    onChange.run();
                });
                call.setId("patent-call-issue");
                buttons.add(call);
            }
            add(buttons);
        }
        if (canDecide) {
            grid.addComponentColumn(d -> d.blocksApproval() ? decideButton(d) : new Div()).setAutoWidth(true);
        }
        grid.setId("patents-grid");
        grid.setItems(query -> patents.ofStandard(me, tenant, standard, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) patents.ofStandard(me, tenant, standard, PageRequest.first(1)).total());
        add(grid);
    }

    /** The calls for disclosure issued on the standard (PART-4), newest first. */
    private void showCalls() {
        calls.removeAll();
        var page = patents.calls(me, tenant, standard, PageRequest.first(10));
        if (page.total() == 0) {
            calls.add(new Span(getTranslation("patents.call.none")));
        }
        page.items().forEach(call -> calls.add(new Span(getTranslation("patents.call.line",
                CALL_TIME.format(call.issuedAt()), getTranslation("stage." + call.stage().name()), call.issuedBy(),
                call.membersNotified()))));
    }

    private Dialog declareDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("patents.declare"));
        TextField number = field("patentNumber");
        TextField title = field("patentTitle");
        TextField holder = field("holder");
        Select<PatentLicensing> licensing = new Select<>();
        licensing.setLabel(getTranslation("field.licensing"));
        licensing.setItems(PatentLicensing.values());
        licensing.setItemLabelGenerator(l -> getTranslation("patentLicensing." + l.name()));
        licensing.setId("patent-licensing");
        TextField declarant = field("declarantName");
        TextField contact = field("declarantContact");
        FormErrors errors = new FormErrors(this).field("patentNumber", number).field("patentTitle", title)
                .field("holder", holder).field("licensing", licensing).field("declarantName", declarant)
                .field("declarantContact", contact);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                errors.clear();
                PatentDeclaration declared = patents.declare(me, tenant, standard, new DeclarationDraft(number.getValue(),
                        title.getValue(), holder.getValue(), licensing.getValue(), declarant.getValue(), contact.getValue()));
                dialog.close();
                Notifications.success(getTranslation("patents.declared", declared.patentNumber()));
                changed();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("patent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(number, title, holder, licensing, declarant, contact));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Component decideButton(PatentDeclaration declaration) {
        Button decide = new Button(getTranslation("patents.decide"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("patents.decide") + " · " + declaration.patentNumber());
            TextArea decision = new TextArea(getTranslation("field.refusalDecision"));
            decision.setWidth("32em");
            FormErrors errors = new FormErrors(this).field("refusalDecision", decision);
            Button save = new Button(getTranslation("common.save"), c -> {
                try {
                    patents.decideOnRefusal(me, tenant, declaration.id(), decision.getValue());
                    dialog.close();
                    changed();
                } catch (InvalidInputException e) {
                    errors.show(e);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(decision);
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
            dialog.open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return decide;
    }

    private TextField field(String name) {
        TextField field = new TextField(getTranslation("field." + name));
        field.setId("patent-" + name);
        return field;
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        onChange.run();
    }
}
