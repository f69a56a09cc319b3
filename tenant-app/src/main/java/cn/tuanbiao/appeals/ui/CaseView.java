package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseDetail;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.HandlingStep;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.ui.StandardDetailView;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One case (PART-6): what was filed, by whom, its deadlines (the pending one flagged when overdue),
 * its handling steps in order and its timeline; the actions its state allows — for the
 * coordination body acknowledge, decide the scope, record a step, the outcome, close; for the
 * complainant, escalate to a supervisory authority — and the authority's handling once escalated.
 */
@Prototype
@Route(value = "appeals/:id", layout = MainLayout.class)
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Case.CHINA);

    private final CaseService cases;
    private final PersonId me;
    private final TenantId tenant;
    private final boolean coordinationBody;
    private String title = "";

    public CaseView(CaseService cases) {
        this.cases = cases;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        this.coordinationBody = UiSession.hasRole(OrganizationRole.SECRETARIAT)
                || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(new CaseId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("cases.notFound")));
        }
    }

    private void show(CaseId id) {
        removeAll();
        CaseDetail detail = cases.get(me, tenant, id);
        Case c = detail.theCase();
        LocalDate today = cases.today();
        title = c.number() + " " + c.filing().title();
        H2 heading = new H2(c.filing().title());
        heading.setId("case-title");
        Span status = CasesView.badge(getTranslation("caseStatus." + c.status().name()), null);
        status.setId("case-status");
        HorizontalLayout badges = new HorizontalLayout(new Span(c.number()),
                CasesView.badge(getTranslation("caseKind." + c.kind().name()), "contrast"), status);
        if (c.overdue(today)) {
            Span overdue = CasesView.badge(getTranslation("cases.overdue"), "error");
            overdue.setId("case-overdue");
            badges.add(overdue);
        }
        add(heading, badges, facts(c), actions(c, today));

        add(new H3(getTranslation("cases.steps")));
        Grid<HandlingStep> steps = new Grid<>();
        steps.setId("case-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT);
        steps.setAllRowsVisible(true);
        steps.addColumn(HandlingStep::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(s -> getTranslation("handlingStep." + s.kind().name())).setHeader(getTranslation("field.stepKind"))
                .setAutoWidth(true);
        steps.addColumn(s -> s.heldOn().toString()).setHeader(getTranslation("field.heldOn")).setAutoWidth(true);
        steps.addColumn(HandlingStep::participants).setHeader(getTranslation("cases.field.participants")).setAutoWidth(true);
        steps.addColumn(HandlingStep::summary).setHeader(getTranslation("field.summary")).setFlexGrow(1);
        steps.setEmptyStateText(getTranslation("cases.noSteps"));
        steps.setItems(detail.steps());
        add(steps);

        add(new H3(getTranslation("cases.timeline")), new TimelineGrid("case-timeline", detail.timeline()));
    }

    private Div facts(Case c) {
        Div facts = new Div();
        facts.addClassName("tb-card");
        facts.setId("case-facts");
        String who = c.complainant().anonymous() ? getTranslation("cases.anonymous")
                : c.complainant().name() + (c.complainant().unit() == null ? "" : "（" + c.complainant().unit() + "）");
        facts.add(new Paragraph(getTranslation("cases.filedBy", who, TIME.format(c.receivedAt()))));
        if (c.filing().contestedDecision() != null) {
            facts.add(new Paragraph(getTranslation("field.contestedDecision") + getTranslation("punctuation.colon")
                    + getTranslation("contestedDecision." + c.filing().contestedDecision().name())));
        }
        if (c.filing().otherParty() != null) {
            facts.add(new Paragraph(getTranslation("field.otherParty") + getTranslation("punctuation.colon")
                    + c.filing().otherParty()));
        }
        if (c.filing().standard() != null) {
            facts.add(new Paragraph(new Span(getTranslation("cases.field.standard") + getTranslation("punctuation.colon")),
                    new RouterLink(c.standardTitle(), StandardDetailView.class,
                            new RouteParameters("id", c.filing().standard().toString()))));
        }
        Paragraph description = new Paragraph(c.filing().description());
        description.getStyle().set("white-space", "pre-wrap");
        facts.add(description);
        Paragraph deadlines = new Paragraph(getTranslation("cases.deadlines", c.deadlines().acknowledgeBy(),
                c.deadlines().scopeBy(), c.deadlines().concludeBy()));
        deadlines.setId("case-deadlines");
        facts.add(deadlines);
        if (c.progress().scopeReason() != null) {
            facts.add(new Paragraph(getTranslation("cases.scopeReason", c.progress().scopeReason())));
        }
        if (c.progress().outcome() != null) {
            Paragraph outcome = new Paragraph(getTranslation("cases.outcomeLine",
                    getTranslation("caseOutcome." + c.progress().outcome().name()), c.progress().outcomeReasons()));
            outcome.setId("case-outcome");
            facts.add(outcome);
        }
        var escalation = c.progress().escalation();
        if (escalation != null) {
            Paragraph escalated = new Paragraph(EscalationForm.progress(this, escalation));
            escalated.setId("case-escalation");
            facts.add(escalated);
        }
        return facts;
    }

    private HorizontalLayout actions(Case c, LocalDate today) {
        HorizontalLayout actions = new HorizontalLayout();
        CaseStatus status = c.status();
        if (coordinationBody) {
            if (status == CaseStatus.RECEIVED) {
                actions.add(button("cases.acknowledge", "case-acknowledge", true, () -> {
                    cases.acknowledge(me, tenant, c.id());
                    done("cases.acknowledged", c);
                }));
            }
            if (status == CaseStatus.RECEIVED || status == CaseStatus.ACKNOWLEDGED) {
                actions.add(button("cases.accept", "case-accept", true, () -> reasonDialog("cases.accept", false,
                        reason -> cases.decideScope(me, tenant, c.id(), true, reason), c).open()));
                actions.add(button("cases.reject", "case-reject", false, () -> reasonDialog("cases.reject", true,
                        reason -> cases.decideScope(me, tenant, c.id(), false, reason), c).open()));
            }
            if (status == CaseStatus.ACCEPTED) {
                actions.add(button("cases.addStep", "case-add-step", false, () -> stepDialog(c).open()));
                actions.add(button("cases.decide", "case-decide", true, () -> outcomeDialog(c).open()));
            }
            if (status == CaseStatus.DECIDED || status == CaseStatus.REJECTED_OUT_OF_SCOPE) {
                actions.add(button("cases.close", "case-close", false, () -> {
                    cases.close(me, tenant, c.id());
                    done("cases.closed", c);
                }));
            }
        }
        boolean complainant = me.equals(c.complainant().person());
        if (complainant && (c.progress().escalation() == null || !c.progress().escalation().delivered())
                && (status.concluded() || c.overdue(today))) {
            actions.add(button("cases.escalate", "case-escalate", false, () -> escalationDialog(c).open()));
        }
        return actions;
    }

    private Dialog reasonDialog(String titleKey, boolean required, Consumer<String> decide, Case c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation(required ? "field.reason" : "cases.note"));
        reason.setId("case-reason");
        reason.setWidth("32em");
        reason.setRequired(required);
        FormErrors errors = new FormErrors(this).field("reason", reason);
        Button save = new Button(getTranslation(titleKey), click -> {
            try {
                decide.accept(reason.getValue());
                dialog.close();
                done("cases.scopeDecided", c);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("case-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog stepDialog(Case c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.addStep"));
        Select<HandlingStepKind> kind = new Select<>();
        kind.setLabel(getTranslation("field.stepKind"));
        kind.setItems(HandlingStepKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("handlingStep." + k.name()));
        kind.setValue(HandlingStepKind.NEGOTIATION);
        kind.setId("step-kind");
        DatePicker heldOn = new DatePicker(getTranslation("field.heldOn"), cases.today());
        heldOn.setId("step-held-on");
        TextField participants = new TextField(getTranslation("cases.field.participants"));
        participants.setId("step-participants");
        TextArea summary = new TextArea(getTranslation("field.summary"));
        summary.setId("step-summary");
        FormErrors errors = new FormErrors(this).field("stepKind", kind).field("heldOn", heldOn)
                .field("participants", participants).field("summary", summary);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                cases.addStep(me, tenant, c.id(), new StepDraft(kind.getValue(), heldOn.getValue(),
                        participants.getValue(), summary.getValue()));
                dialog.close();
                done("cases.stepRecorded", c);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("step-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, heldOn, participants, summary);
        form.setColspan(participants, 2);
        form.setColspan(summary, 2);
        dialog.add(new Paragraph(getTranslation("cases.stepOrderHint")), form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("40em");
        return dialog;
    }

    private Dialog outcomeDialog(Case c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.decide"));
        Select<CaseOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("field.outcome"));
        outcome.setItems(CaseOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("caseOutcome." + o.name()));
        outcome.setId("case-outcome-choice");
        TextArea reasons = new TextArea(getTranslation("field.reasons"));
        reasons.setId("case-outcome-reasons");
        reasons.setWidth("32em");
        FormErrors errors = new FormErrors(this).field("outcome", outcome).field("reasons", reasons);
        Button save = new Button(getTranslation("cases.decide"), click -> {
            try {
                cases.decide(me, tenant, c.id(), outcome.getValue(), reasons.getValue());
                dialog.close();
                done("cases.decided", c);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("case-outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(outcome, reasons));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog escalationDialog(Case c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.escalate"));
        dialog.add(new EscalationForm(cases.authorities(me, tenant, c.id()),
                (authority, reason) -> cases.escalate(me, tenant, c.id(), authority, reason), () -> {
                    dialog.close();
                    done("cases.escalated", c);
                }));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()));
        return dialog;
    }

    private Button button(String key, String id, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void done(String messageKey, Case c) {
        Notifications.success(getTranslation(messageKey, c.number()));
        show(c.id());
    }

    @Override
    public String getPageTitle() {
        return title + " · 团标通";
    }
}
