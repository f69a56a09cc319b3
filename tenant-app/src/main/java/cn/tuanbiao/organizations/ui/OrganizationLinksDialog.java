package cn.tuanbiao.organizations.ui;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.organizations.service.OrganizationLinks;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.tenancy.PersonId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The operator's dialog on one organization's links (SUP-1, SUP-5): who it belongs to and who belongs
 * to it, over time; a new link by the other organization's code; a current link ended on a date.
 */
class OrganizationLinksDialog extends Dialog {

    private final OrganizationLinks links;
    private final PersonId operator;
    private final OrganizationSummary organization;
    private final Grid<OrganizationLink> grid = new Grid<>();

    OrganizationLinksDialog(OrganizationLinks links, PersonId operator, OrganizationSummary organization, LocalDate today) {
        this.links = links;
        this.operator = operator;
        this.organization = organization;
        setHeaderTitle(getTranslation("orgLinks.title") + " · " + organization.nameZh());
        setWidth("56em");

        grid.setId("organization-links-grid");
        grid.addColumn(link -> getTranslation("orgLinks.kind." + link.kind().name())).setHeader(getTranslation("orgLinks.kind"))
                .setAutoWidth(true);
        grid.addColumn(link -> getTranslation(link.parent().id().equals(organization.id()) ? "orgLinks.hasMember" : "orgLinks.belongsTo"))
                .setHeader(getTranslation("orgLinks.direction")).setAutoWidth(true);
        grid.addColumn(link -> link.other(organization.id()).nameZh() + "（T/" + link.other(organization.id()).code() + "）")
                .setHeader(getTranslation("orgLinks.other")).setFlexGrow(1);
        grid.addColumn(OrganizationLink::joinedOn).setHeader(getTranslation("orgLinks.joinedOn")).setAutoWidth(true);
        grid.addColumn(link -> link.current() ? getTranslation("orgLinks.current") : link.leftOn().toString())
                .setHeader(getTranslation("orgLinks.leftOn")).setAutoWidth(true);
        grid.addComponentColumn(link -> link.current() ? endButton(link, today) : new Span())
                .setAutoWidth(true);
        grid.setItems(query -> links.of(operator, organization.id(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) links.of(operator, organization.id(), PageRequest.first(1)).total());
        grid.setHeight("16em");
        add(grid, newLinkSection(today));
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }

    private VerticalLayout newLinkSection(LocalDate today) {
        Select<OrganizationLinkKind> kind = new Select<>();
        kind.setId("link-kind");
        kind.setLabel(getTranslation("orgLinks.kind"));
        List<OrganizationLinkKind> fitting = Arrays.stream(OrganizationLinkKind.values()).filter(this::fits).toList();
        kind.setItems(fitting);
        kind.setItemLabelGenerator(k -> getTranslation("orgLinks.kind." + k.name()));
        if (!fitting.isEmpty()) {
            kind.setValue(fitting.get(0));
        }
        TextField otherCode = new TextField(getTranslation(takesIn() ? "orgLinks.childCode" : "orgLinks.parentCode"));
        otherCode.setId("link-other-code");
        otherCode.setPlaceholder("T/CSJTB");
        DatePicker joinedOn = DateFields.iso(getTranslation("orgLinks.joinedOn"));
        joinedOn.setId("link-joined-on");
        joinedOn.setValue(today);
        FormErrors errors = new FormErrors(this).field("linkKind", kind).field("otherCode", otherCode)
                .field(takesIn() ? "childCode" : "parentCode", otherCode).field("joinedOn", joinedOn);
        Button add = new Button(getTranslation("orgLinks.add"), click -> {
            errors.clear();
            try {
                links.join(operator, organization.id(), kind.getValue(), otherCode.getValue(), joinedOn.getValue());
                otherCode.clear();
                grid.getDataProvider().refreshAll();
                FormErrors.Notifications.success(getTranslation("orgLinks.added"));
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        add.setId("link-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, otherCode, joinedOn, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("orgLinks.new")), form);
        section.setPadding(false);
        return section;
    }

    private Button endButton(OrganizationLink link, LocalDate today) {
        Button end = new Button(getTranslation("orgLinks.end"), click -> {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("orgLinks.end") + " · " + link.other(organization.id()).nameZh());
            DatePicker leftOn = DateFields.iso(getTranslation("orgLinks.leftOn"));
            leftOn.setId("link-left-on");
            leftOn.setValue(today);
            FormErrors errors = new FormErrors(confirm).field("leftOn", leftOn);
            confirm.add(leftOn);
            Button save = new Button(getTranslation("orgLinks.end"), saveClick -> {
                try {
                    links.end(operator, organization.id(), link.id(), leftOn.getValue());
                    confirm.close();
                    grid.getDataProvider().refreshAll();
                } catch (InvalidInputException e) {
                    errors.show(e);
                }
            });
            save.setId("link-end-save");
            save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.getFooter().add(new Button(getTranslation("common.cancel"), c -> confirm.close()), save);
            confirm.open();
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return end;
    }

    /** An alliance or a base takes others in; anyone else joins. */
    private boolean takesIn() {
        return organization.kind() == OrganizationKind.ALLIANCE || organization.kind() == OrganizationKind.INNOVATION_BASE;
    }

    private boolean fits(OrganizationLinkKind kind) {
        return takesIn() ? kind.parentKind() == organization.kind() : kind.admitsChild(organization.kind());
    }
}
