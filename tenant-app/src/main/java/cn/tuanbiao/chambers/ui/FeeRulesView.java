package cn.tuanbiao.chambers.ui;

import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.ArrayList;
import java.util.List;

/**
 * The chamber's fee rules declaration (收费规则声明, SUP-3): the version in force, its history, and —
 * for the secretariat and administrators — a new declaration: the fees, each with what it is for and
 * its basis, and the commitment that nothing is charged in the name of standardization.
 */
@Prototype
@Route(value = "chamber/fee-rules", layout = MainLayout.class)
public class FeeRulesView extends VerticalLayout implements HasDynamicTitle {

    private final ChamberReports reports;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowsLayout = new VerticalLayout();

    /** One fee being typed. */
    private record Row(HorizontalLayout layout, Select<FeePurpose> purpose, TextField item, TextField basis,
                       TextField note) {
    }

    public FeeRulesView(ChamberReports reports) {
        this.reports = reports;
        PersonId me = UiSession.requireSignedIn().person();
        TenantId chamber = UiSession.tenant().orElse(null);
        setWidthFull();
        setMaxWidth("72em");
        add(new H2(getTranslation("chambers.fees.title")), new Paragraph(getTranslation("chambers.fees.intro")));
        if (chamber == null) {
            return;
        }
        if (!reports.isChamber(chamber)) {
            add(new Paragraph(getTranslation("chambers.notAChamber")));
            return;
        }
        List<FeeDeclaration> history;
        try {
            history = reports.feeRulesHistory(me, chamber);
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        add(new H3(getTranslation("chambers.fees.current")));
        Div current = new Div();
        current.setId("fee-rules-current");
        if (history.isEmpty()) {
            current.add(new Paragraph(getTranslation("chambers.fees.none")));
        } else {
            current.add(declaration(this, history.get(0), true));
        }
        add(current);
        if (UiSession.hasRole(cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR)
                || UiSession.hasRole(cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT)) {
            add(form(me, chamber, history.isEmpty() ? null : history.get(0)));
        }
        if (history.size() > 1) {
            add(new H3(getTranslation("chambers.fees.history")));
            history.stream().skip(1).forEach(d -> add(declaration(this, d, true)));
        }
    }

    /** The form for a new declaration, starting from the one in force ({@code null}: none yet), so nothing is retyped. */
    private Component form(PersonId me, TenantId chamber, FeeDeclaration start) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("chambers.fees.declare")));
        rowsLayout.setPadding(false);
        rowsLayout.setId("fee-rows");
        if (start != null) {
            start.items().forEach(this::addRow);
        }
        Button add = new Button(getTranslation("chambers.fees.addItem"), click -> addRow(null));
        add.setId("fee-add");
        TextField policy = new TextField(getTranslation("field.feesPolicyReference"));
        policy.setWidth("32em");
        TextField note = new TextField(getTranslation("field.feesNote"));
        note.setWidth("32em");
        if (start != null) {
            policy.setValue(start.policyReference() == null ? "" : start.policyReference());
            note.setValue(start.note() == null ? "" : start.note());
        }
        Checkbox commitment = new Checkbox(getTranslation("chambers.fees.commit"));
        commitment.setId("fee-commitment");
        Paragraph commitmentText = new Paragraph(getTranslation("chambers.fees.commitmentText"));
        Button declare = new Button(getTranslation("chambers.fees.declare"));
        declare.setId("fee-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormErrors errors = new FormErrors(this).field("feesPolicyReference", policy).field("feesNote", note);
        declare.addClickListener(click -> {
            errors.clear();
            rows.forEach(r -> {
                r.purpose().setInvalid(false);
                r.item().setInvalid(false);
            });
            try {
                FeeDeclaration declared = reports.declareFeeRules(me, chamber, new FeeRulesDraft(rows.stream()
                        .map(r -> new FeeItem(r.purpose().getValue(), r.item().getValue(), r.basis().getValue(),
                                r.note().getValue())).toList(), commitment.getValue(), policy.getValue(), note.getValue()));
                FormErrors.Notifications.success(getTranslation("chambers.fees.declared", declared.version()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (InvalidInputException e) {
                // the position in a refusal about a fee points at its row
                e.problems().forEach(p -> {
                    if (!p.arguments().isEmpty() && p.arguments().get(0) instanceof Integer position
                            && position >= 1 && position <= rows.size()) {
                        Row row = rows.get(position - 1);
                        var field = "feeItem".equals(p.field()) ? row.item() : row.purpose();
                        field.setErrorMessage(getTranslation(p.messageKey(), p.arguments().toArray()));
                        field.setInvalid(true);
                    }
                });
                commitment.getElement().setAttribute("invalid", !commitment.getValue());
                errors.show(e);
            }
        });
        form.add(rowsLayout, add, policy, note, commitmentText, commitment, declare);
        return form;
    }

    private void addRow(FeeItem start) {
        Select<FeePurpose> purpose = new Select<>();
        purpose.setLabel(getTranslation("field.feePurpose"));
        purpose.setItems(FeePurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("feePurpose." + p.name()));
        purpose.setWidth("16em");
        TextField item = new TextField(getTranslation("field.feeItem"));
        TextField basis = new TextField(getTranslation("field.feeBasis"));
        basis.setWidth("18em");
        TextField note = new TextField(getTranslation("field.feeNote"));
        if (start != null) {
            purpose.setValue(start.purpose());
            item.setValue(start.item());
            basis.setValue(start.basis());
            note.setValue(start.note() == null ? "" : start.note());
        }
        HorizontalLayout layout = new HorizontalLayout(purpose, item, basis, note);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, purpose, item, basis, note);
        Button remove = new Button(getTranslation("chambers.fees.removeItem"), click -> {
            rows.remove(row);
            rowsLayout.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        layout.add(remove);
        rows.add(row);
        rowsLayout.add(layout);
    }

    /** A declaration as read: version, date, who (inside the chamber only), the commitment, the fees. */
    public static Component declaration(Component owner, FeeDeclaration d, boolean withDeclarant) {
        Div block = new Div();
        block.add(new Paragraph(owner.getTranslation("chambers.fees.version", d.version(), withDeclarant
                ? d.declaredOn() + " · " + d.declaredByName() : d.declaredOn().toString())));
        block.add(new Paragraph(owner.getTranslation("chambers.fees.commitmentText")));
        if (d.policyReference() != null) {
            block.add(new Paragraph(owner.getTranslation("field.feesPolicyReference") + "："
                    + d.policyReference()));
        }
        block.add(d.items().isEmpty() ? new Paragraph(owner.getTranslation("chambers.fees.noItems"))
                : items(owner, d.items()));
        return block;
    }

    /** The fees as a table. */
    public static Grid<FeeItem> items(Component owner, List<FeeItem> items) {
        Grid<FeeItem> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> owner.getTranslation("feePurpose." + i.purpose().name()))
                .setHeader(owner.getTranslation("field.feePurpose")).setAutoWidth(true);
        grid.addColumn(FeeItem::item).setHeader(owner.getTranslation("field.feeItem")).setAutoWidth(true);
        grid.addColumn(FeeItem::basis).setHeader(owner.getTranslation("field.feeBasis")).setFlexGrow(1);
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(owner.getTranslation("field.feeNote"))
                .setFlexGrow(1);
        grid.setItems(items);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chambers.fees.title") + " · 团标通";
    }
}
