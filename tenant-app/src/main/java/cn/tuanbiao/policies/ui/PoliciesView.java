package cn.tuanbiao.policies.ui;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.policies.domain.Policy;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.domain.PolicyVersion;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;


/** The organization's policies (ORG-6): the version in force of each, its history, and recording an adoption. */
@Prototype
@Route(value = "policies", layout = MainLayout.class)
public class PoliciesView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyRegister policies;
    private final BodyService bodies;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Policy> grid = new Grid<>();

    public PoliciesView(PolicyRegister policies, BodyService bodies, FileCheck fileCheck) {
        this.policies = policies;
        this.bodies = bodies;
        this.fileCheck = fileCheck;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("policies.title")));
        if (tenant == null) {
            return;
        }
        if (UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            Button adopt = new Button(getTranslation("policies.adopt"), VaadinIcon.PLUS.create(), click -> adoptDialog().open());
            adopt.setId("policy-adopt");
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(adopt);
        }
        grid.setId("policies-grid");
        grid.addColumn(p -> getTranslation("policyTopic." + p.topic().name())).setHeader(getTranslation("policies.column.topic"))
                .setAutoWidth(true);
        grid.addColumn(Policy::title).setHeader(getTranslation("policies.column.title")).setFlexGrow(1);
        grid.addColumn(p -> p.current().version()).setHeader(getTranslation("policies.column.version")).setAutoWidth(true);
        grid.addColumn(p -> adopted(p.current())).setHeader(getTranslation("policies.column.adopted")).setAutoWidth(true);
        grid.addColumn(p -> p.current().inForceFrom()).setHeader(getTranslation("policies.column.inForce")).setAutoWidth(true);
        grid.addColumn(p -> p.current().fileName()).setHeader(getTranslation("policies.column.file")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("policies.none"));
        grid.setItems(query -> policies.list(me, tenant, null, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) policies.list(me, tenant, null, PageRequest.first(1)).total());
        grid.addItemClickListener(click -> history(click.getItem()).open());
        add(grid);
    }

    private String adopted(PolicyVersion v) {
        return v.adoptedByBodyName() + " · " + v.adoptedOn() + " · " + v.decisionReference();
    }

    private Dialog history(Policy policy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("policies.versions") + " · " + policy.title());
        Grid<PolicyVersion> versions = new Grid<>();
        versions.addColumn(PolicyVersion::version).setHeader(getTranslation("policies.column.version")).setAutoWidth(true);
        versions.addColumn(this::adopted).setHeader(getTranslation("policies.column.adopted")).setAutoWidth(true);
        versions.addColumn(PolicyVersion::inForceFrom).setHeader(getTranslation("policies.column.inForce")).setAutoWidth(true);
        versions.addColumn(PolicyVersion::fileName).setHeader(getTranslation("policies.column.file")).setAutoWidth(true);
        versions.setItems(policies.history(me, tenant, policy.id()));
        versions.setAllRowsVisible(true);
        versions.setWidth("60em");
        dialog.add(versions);
        return dialog;
    }

    private Dialog adoptDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("policies.adopt"));
        ComboBox<PolicyTopic> topic = new ComboBox<>(getTranslation("field.policyTopic"));
        topic.setItems(PolicyTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("policyTopic." + t.name()));
        topic.setId("policy-topic");
        TextField title = new TextField(getTranslation("field.policyTitle"));
        title.setId("policy-title");
        ComboBox<Body> body = new ComboBox<>(getTranslation("field.adoptedByBody"));
        body.setItems(bodies.list(me, tenant, BodyKind.DECISION, false, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        body.setItemLabelGenerator(Body::nameZh);
        body.setId("policy-body");
        DatePicker adoptedOn = isoDate("field.adoptedOn", "policy-adoptedOn");
        TextField reference = new TextField(getTranslation("field.decisionReference"));
        reference.setId("policy-reference");
        DatePicker inForceFrom = isoDate("field.inForceFrom", "policy-inForceFrom");
        SingleFileField text = new SingleFileField(fileCheck.maxBytes());
        text.setId("policy-file");
        FormErrors errors = new FormErrors(this).field("policyTopic", topic).field("policyTitle", title)
                .field("adoptedByBody", body).field("adoptedOn", adoptedOn).field("decisionReference", reference)
                .field("inForceFrom", inForceFrom);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                errors.clear();
                PolicyAdoption adoption = new PolicyAdoption(topic.getValue(), title.getValue(),
                        body.getValue() == null ? null : body.getValue().id().value(), adoptedOn.getValue(),
                        reference.getValue(), inForceFrom.getValue());
                PolicyVersion adopted = text.useChecked(fileCheck, checked -> policies.adopt(me, tenant, adoption, checked));
                dialog.close();
                Notifications.success(getTranslation("policies.adopted", title.getValue(), adopted.version()));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.addDialogCloseActionListener(close -> {
            text.discard();
            dialog.close();
        });
        dialog.add(new FormLayout(topic, title, body, adoptedOn, reference, inForceFrom, text));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> {
            text.discard();
            dialog.close();
        }), save);
        return dialog;
    }

    private DatePicker isoDate(String labelKey, String id) {
        DatePicker picker = DateFields.iso(getTranslation(labelKey));
        picker.setId(id);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policies.title") + " · 团标通";
    }
}
