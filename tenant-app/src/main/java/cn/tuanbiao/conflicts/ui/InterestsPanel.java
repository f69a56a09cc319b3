package cn.tuanbiao.conflicts.ui;

import cn.tuanbiao.conflicts.domain.InterestDeclaration;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Who declared an interest in the standard and who stands aside from its vote (PART-5). */
public class InterestsPanel extends VerticalLayout {

    private final Grid<InterestDeclaration> grid = new Grid<>();

    public InterestsPanel(ConflictsOfInterest conflicts, PersonId me, TenantId tenant, StandardId standard,
                          boolean inWork, Runnable onChange) {
        setPadding(false);
        setId("interests");
        add(new H3(getTranslation("conflicts.title")));
        if (inWork) {
            Button declare = new Button(getTranslation("conflicts.declare"), click -> {
                Dialog dialog = new Dialog();
                dialog.setHeaderTitle(getTranslation("conflicts.declare"));
                TextArea interest = new TextArea(getTranslation("field.interest"));
                interest.setWidth("32em");
                interest.setId("interest-text");
                Checkbox recused = new Checkbox(getTranslation("field.recused"));
                recused.setId("interest-recused");
                FormErrors errors = new FormErrors(this).field("interest", interest);
                Button save = new Button(getTranslation("common.save"), c -> {
                    try {
                        conflicts.declare(me, tenant, standard, interest.getValue(), recused.getValue());
                        dialog.close();
                        Notifications.success(getTranslation("conflicts.declared"));
                        grid.getDataProvider().refreshAll();
                        onChange.run();
                    } catch (InvalidInputException e) {
                        errors.show(e);
                    }
                });
                save.setId("interest-save");
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                dialog.add(new VerticalLayout(interest, recused));
                dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
                dialog.open();
            });
            declare.setId("interest-declare");
            add(declare);
        }
        grid.setId("interests-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(InterestDeclaration::personName).setHeader(getTranslation("conflicts.column.person")).setAutoWidth(true);
        grid.addColumn(InterestDeclaration::interest).setHeader(getTranslation("field.interest")).setFlexGrow(1);
        grid.addColumn(d -> d.recused() ? getTranslation("conflicts.recused") : "")
                .setHeader(getTranslation("field.recused")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("conflicts.none"));
        grid.setItems(query -> conflicts.ofStandard(me, tenant, standard, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) conflicts.ofStandard(me, tenant, standard, PageRequest.first(1)).total());
        add(grid);
    }
}
