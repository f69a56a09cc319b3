package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.audit.ui.AuditEventsGrid;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationStatus;
import cn.tuanbiao.violations.service.Violations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One violation case (PUB-4): what was recorded, the decision form while undecided, publication once
 * decided, correction (更正) once published, each event of the published decision on its way to the
 * national registry, and the case's history with every earlier version of the decision (AUD-1).
 */
@Prototype
@Route(value = "supervision/violations/:id", layout = MainLayout.class)
public class ViolationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Violations violations;
    private final AuditLog audit;
    private final PersonId me;
    private final TenantId authority;
    private UUID id;
    private String title = "";

    public ViolationView(Violations violations, AuditLog audit) {
        this.violations = violations;
        this.audit = audit;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(violations.get(me, authority, id));
        } catch (IllegalArgumentException | NotFoundException e) {
            removeAll();
            add(new Paragraph(getTranslation("violations.notFound")));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void show(ViolationRow row) {
        removeAll();
        Violation v = row.violation();
        title = v.organization().name();
        add(new H2(getTranslation("violations.case", v.organization().name(), v.organization().code())));
        Paragraph status = new Paragraph(getTranslation("violations.status") + "：" + getTranslation("violationStatus." + v.status().name())
                + (v.corrections() == 0 ? "" : getTranslation("violations.correctedTimes", v.corrections())));
        status.setId("violation-status");
        add(status);
        add(new Paragraph(getTranslation("field.violationRule") + "：" + v.rule()));
        add(new Paragraph(getTranslation("field.violationFacts") + "：" + v.facts()));
        add(new Paragraph(getTranslation("field.violationSource") + "：" + (v.source().label() == null
                ? getTranslation("violationSource." + v.source().kind().name()) : v.source().label())));
        if (v.decision() != null) {
            Violation.Decision d = v.decision();
            add(new H3(getTranslation("violations.decision")));
            add(new Paragraph(getTranslation("field.measure") + "：" + getTranslation("violationMeasure." + d.measure().name())
                    + " · " + getTranslation("field.decisionNumber") + "：" + d.number() + " · "
                    + getTranslation("field.decidedOn") + "：" + d.decidedOn()
                    + (d.rectificationDue() == null ? "" : " · " + getTranslation("field.rectificationDue") + "："
                    + d.rectificationDue())));
            add(new Paragraph(d.text()));
            if (v.status() == ViolationStatus.PUBLISHED) {
                Button correct = new Button(getTranslation("violations.correct"), click -> new CorrectionDialog(violations,
                        me, authority, v, () -> show(violations.get(me, authority, id))).open());
                correct.setId("violation-correct");
                add(correct);
            }
        }
        if (v.status() == ViolationStatus.RECORDED) {
            add(decisionForm());
        }
        if (v.status() != ViolationStatus.PUBLISHED) {
            Button publish = new Button(getTranslation("violations.publish"), click -> act(() -> violations.publish(me, authority, id),
                    null));
            publish.setId("violation-publish");
            add(publish);
        } else {
            add(new H3(getTranslation("violations.sync")));
            add(new Paragraph(getTranslation("violations.publishedOn", v.publishedOn())));
            Grid<RegistryChange> sync = new Grid<>();
            sync.setId("violation-sync");
            sync.addColumn(RegistryChange::sequence).setHeader(getTranslation("declarations.sync.sequence")).setAutoWidth(true);
            sync.addColumn(c -> getTranslation("registryEvent." + c.type().name()))
                    .setHeader(getTranslation("declarations.sync.event")).setAutoWidth(true);
            sync.addColumn(c -> getTranslation("syncState." + c.state().name()))
                    .setHeader(getTranslation("declarations.sync.state")).setAutoWidth(true);
            sync.addColumn(c -> ViolationsView.TIME.format(c.createdAt())).setHeader(getTranslation("declarations.sync.time"))
                    .setAutoWidth(true);
            sync.addColumn(c -> c.receipt() != null ? getTranslation("declarations.sync.receipt", c.receipt())
                    : c.errorMessage() == null ? "" : c.errorField() + "：" + c.errorMessage())
                    .setHeader(getTranslation("declarations.sync.note")).setFlexGrow(1);
            sync.setItems(row.sync());
            sync.setAllRowsVisible(true);
            add(sync);
        }
        add(new H3(getTranslation("violations.history")), history());
    }

    private AuditEventsGrid history() {
        AuditEventsGrid grid = new AuditEventsGrid(false);
        grid.setId("violation-history");
        grid.setItems(audit.history(me, authority, Violations.AUDIT_SUBJECT, id, PageRequest.first(50)).items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private VerticalLayout decisionForm() {
        DecisionFields decision = new DecisionFields(this, "violation-decision", violations.today());
        FormErrors errors = decision.registerIn(new FormErrors(this));
        Button decide = new Button(getTranslation("violations.decide"), click -> act(() -> violations.decide(me, authority, id,
                new DecisionDraft(decision.measure.getValue(), decision.number.getValue(), decision.text.getValue(),
                        decision.decidedOn.getValue(), decision.rectificationDue.getValue())), errors));
        decide.setId("violation-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new H3(getTranslation("violations.decision")), decision.form(), decide);
    }

    private void act(Supplier<?> action, FormErrors errors) {
        try {
            if (errors != null) {
                errors.clear();
            }
            action.get();
            Notifications.success(getTranslation("violations.saved"));
            show(violations.get(me, authority, id));
        } catch (InvalidInputException e) {
            if (errors != null) {
                errors.show(e);
            } else {
                Notifications.error(getTranslation("validation.failed"));
            }
        } catch (LifecycleRefusal e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("violations.title");
    }
}
