package cn.tuanbiao.plans.ui;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanReport;
import cn.tuanbiao.plans.domain.PlanStatus;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.service.PlanBook;
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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.Year;
import java.util.List;

/**
 * The development plan and the working groups' annual work plans (ORG-7): submit, approve
 * (the secretariat; the development plan as its decision body adopted it), report progress.
 */
@Prototype
@Route(value = "plans", layout = MainLayout.class)
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final PlanBook plans;
    private final BodyService bodies;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final boolean secretariat;
    private final Grid<Plan> grid = new Grid<>();

    public PlansView(PlanBook plans, BodyService bodies, FileCheck fileCheck) {
        this.plans = plans;
        this.bodies = bodies;
        this.fileCheck = fileCheck;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        this.secretariat = UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
        setSizeFull();
        add(new H2(getTranslation("plans.title")));
        if (tenant == null) {
            return;
        }
        if (secretariat || UiSession.hasRole(OrganizationRole.WORKING_GROUP_MEMBER)) {
            Button submit = new Button(getTranslation("plans.submit"), VaadinIcon.PLUS.create(), click -> submitDialog().open());
            submit.setId("plan-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
        grid.setId("plans-grid");
        grid.addColumn(p -> getTranslation("planKind." + p.kind().name())).setHeader(getTranslation("plans.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(Plan::title).setHeader(getTranslation("plans.column.title")).setFlexGrow(1);
        grid.addColumn(Plan::period).setHeader(getTranslation("plans.column.period")).setAutoWidth(true);
        grid.addColumn(p -> p.draftingBodyName() == null ? "" : p.draftingBodyName())
                .setHeader(getTranslation("plans.column.body")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("planStatus." + p.status().name())).setHeader(getTranslation("plans.column.status"))
                .setAutoWidth(true);
        grid.addColumn(this::approval).setHeader(getTranslation("plans.column.approval")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("plans.none"));
        grid.setItems(query -> plans.list(me, tenant, null, null, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) plans.list(me, tenant, null, null, PageRequest.first(1)).total());
        add(grid);
    }

    private String approval(Plan p) {
        if (p.approvedOn() == null) {
            return "";
        }
        return (p.approvedByBodyName() == null ? "" : p.approvedByBodyName() + " · ") + p.approvedOn() + " · "
                + p.approvalReference();
    }

    private Component actions(Plan plan) {
        HorizontalLayout actions = new HorizontalLayout();
        if (plan.status() == PlanStatus.SUBMITTED && secretariat) {
            Button approve = new Button(getTranslation("plans.approve"), click -> approveDialog(plan).open());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (plan.status() == PlanStatus.APPROVED) {
            Button reports = new Button(getTranslation("plans.reports"), click -> reportsDialog(plan).open());
            reports.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(reports);
        }
        return actions;
    }

    private Dialog submitDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plans.submit"));
        ComboBox<PlanKind> kind = new ComboBox<>(getTranslation("field.planKind"));
        kind.setItems(secretariat ? List.of(PlanKind.values()) : List.of(PlanKind.ANNUAL_WORK_PLAN));
        kind.setItemLabelGenerator(k -> getTranslation("planKind." + k.name()));
        kind.setId("plan-kind");
        TextField title = new TextField(getTranslation("field.planTitle"));
        title.setId("plan-title");
        ComboBox<Body> body = new ComboBox<>(getTranslation("field.draftingBody"));
        body.setItems(bodies.list(me, tenant, BodyKind.DRAFTING, false, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        body.setItemLabelGenerator(Body::nameZh);
        body.setId("plan-body");
        IntegerField fromYear = new IntegerField(getTranslation("field.fromYear"));
        fromYear.setValue(Year.now().getValue());
        fromYear.setId("plan-fromYear");
        IntegerField toYear = new IntegerField(getTranslation("field.toYear"));
        toYear.setId("plan-toYear");
        kind.addValueChangeListener(e -> {
            body.setVisible(e.getValue() != PlanKind.DEVELOPMENT_PLAN);
            toYear.setVisible(e.getValue() == PlanKind.DEVELOPMENT_PLAN);
        });
        toYear.setVisible(false);
        SingleFileField text = new SingleFileField(fileCheck.maxBytes());
        text.setId("plan-file");
        FormErrors errors = new FormErrors(this).field("planKind", kind).field("planTitle", title)
                .field("draftingBody", body).field("fromYear", fromYear).field("toYear", toYear);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                errors.clear();
                PlanSubmission submission = new PlanSubmission(kind.getValue(), title.getValue(),
                        body.isVisible() && body.getValue() != null ? body.getValue().id().value() : null,
                        fromYear.getValue(), toYear.isVisible() ? toYear.getValue() : null);
                text.useChecked(fileCheck, checked -> plans.submit(me, tenant, submission, checked));
                dialog.close();
                Notifications.success(getTranslation("plans.submitted", title.getValue()));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, title, body, fromYear, toYear, text));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> {
            text.discard();
            dialog.close();
        }), save);
        return dialog;
    }

    private Dialog approveDialog(Plan plan) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plans.approve") + " · " + plan.title());
        DatePicker approvedOn = DateFields.iso(getTranslation("field.approvedOn"));
        approvedOn.setId("plan-approvedOn");
        TextField reference = new TextField(getTranslation("field.approvalReference"));
        reference.setId("plan-reference");
        ComboBox<Body> adopting = new ComboBox<>(getTranslation("field.adoptingBody"));
        adopting.setItems(bodies.list(me, tenant, BodyKind.DECISION, false, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        adopting.setItemLabelGenerator(Body::nameZh);
        adopting.setVisible(plan.kind() == PlanKind.DEVELOPMENT_PLAN);
        FormErrors errors = new FormErrors(this).field("approvedOn", approvedOn).field("approvalReference", reference)
                .field("adoptingBody", adopting);
        Button save = new Button(getTranslation("plans.approve"), click -> {
            try {
                errors.clear();
                plans.approve(me, tenant, plan.id(), approvedOn.getValue(), reference.getValue(),
                        adopting.getValue() == null ? null : adopting.getValue().id().value());
                dialog.close();
                Notifications.success(getTranslation("plans.approved", plan.title()));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("plan-approve");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(approvedOn, reference, adopting));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog reportsDialog(Plan plan) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plans.reports") + " · " + plan.title());
        Grid<PlanReport> reports = new Grid<>();
        reports.addColumn(PlanReport::period).setHeader(getTranslation("field.reportPeriod")).setAutoWidth(true);
        reports.addColumn(PlanReport::reportedOn).setHeader(getTranslation("field.reportedOn")).setAutoWidth(true);
        reports.addColumn(PlanReport::summary).setHeader(getTranslation("field.reportSummary")).setFlexGrow(1);
        reports.setItems(query -> plans.reports(me, tenant, plan.id(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) plans.reports(me, tenant, plan.id(), PageRequest.first(1)).total());
        reports.setWidth("60em");
        reports.setHeight("16em");
        dialog.add(reports);
        if (secretariat || UiSession.hasRole(OrganizationRole.WORKING_GROUP_MEMBER)) {
            TextField period = new TextField(getTranslation("field.reportPeriod"));
            DatePicker reportedOn = DateFields.iso(getTranslation("field.reportedOn"));
            TextArea summary = new TextArea(getTranslation("field.reportSummary"));
            FormErrors errors = new FormErrors(this).field("reportPeriod", period).field("reportedOn", reportedOn)
                    .field("reportSummary", summary);
            Button report = new Button(getTranslation("plans.report"), click -> {
                try {
                    errors.clear();
                    plans.report(me, tenant, plan.id(), period.getValue(), reportedOn.getValue(), summary.getValue());
                    Notifications.success(getTranslation("plans.reported"));
                    reports.getDataProvider().refreshAll();
                    period.clear();
                    summary.clear();
                } catch (InvalidInputException e) {
                    errors.show(e);
                }
            });
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new H3(getTranslation("plans.report")), new FormLayout(period, reportedOn, summary), report);
        }
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · 团标通";
    }
}
