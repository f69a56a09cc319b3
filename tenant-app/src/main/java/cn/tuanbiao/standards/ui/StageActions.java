package cn.tuanbiao.standards.ui;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.DateFields;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.PartNumbering;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.MeetingDecisions;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.service.MemberService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The form for the one step a project's stage allows next (LC-1). Each button calls the same
 * service as the REST API; a refused step shows its requirement through the UI's error handler.
 */
final class StageActions {

    private final Component owner;
    private final StandardService standards;
    private final MemberService members;
    private final PersonId me;
    private final TenantId tenant;
    private final Consumer<StandardProject> onMoved;

    StageActions(Component owner, StandardService standards, MemberService members, PersonId me, TenantId tenant,
                 Consumer<StandardProject> onMoved) {
        this.owner = owner;
        this.standards = standards;
        this.members = members;
        this.me = me;
        this.tenant = tenant;
        this.onMoved = onMoved;
    }

    /** The form for the next step of {@code p}, or null when nothing can follow. */
    Component formFor(StandardProject p) {
        var id = p.id();
        return switch (p.stage()) {
            case PROPOSAL -> go("SUBMIT_PROJECT_PROPOSAL", () -> standards.submitProjectProposal(me, tenant, id));
            case PROJECT_PROPOSAL -> {
                TextArea decision = area("decision");
                ComboBox<MeetingDecisions.Offer> fromMeeting = meetingDecision(p, DecisionStep.PROJECT_APPROVAL);
                yield form(go("APPROVE_PROJECT", () -> standards.approveProject(me, tenant, id, decision.getValue(),
                        chosen(fromMeeting))), fromMeeting, decision);
            }
            case PROJECT_APPROVED -> {
                Checkbox publicly = new Checkbox(t("field.publicly"), p.subject().publicInterest());
                yield form(go("ANNOUNCE_PLAN", () -> standards.announcePlan(me, tenant, id, publicly.getValue())), publicly);
            }
            case PLAN_ANNOUNCED -> {
                TextField group = text("workingGroup");
                TextField units = text("draftingUnits");
                MultiSelectComboBox<Member> drafters = people("drafters");
                yield form(go("START_DRAFTING", () -> standards.startDrafting(me, tenant, id, new Drafting(group.getValue(),
                        units.getValue(), ids(drafters.getValue())))), group, units, drafters);
            }
            case DRAFTING -> go("SUBMIT_DRAFT_FOR_COMMENT", () -> standards.submitDraftForComment(me, tenant, id));
            case DRAFT_FOR_COMMENT -> {
                DatePicker opens = date("opens");
                opens.setValue(standards.today());
                DatePicker closes = date("closes");
                closes.setValue(standards.today().plusDays(LifecyclePolicy.LEGAL_MINIMUM_COMMENT_DAYS));
                Select<CommentPeriod.Audience> audience = new Select<>();
                audience.setLabel(t("field.audience"));
                audience.setItems(CommentPeriod.Audience.values());
                audience.setItemLabelGenerator(a -> t("audience." + a.name()));
                audience.setValue(p.subject().publicInterest() ? CommentPeriod.Audience.PUBLIC : CommentPeriod.Audience.MEMBERS);
                yield form(go("OPEN_COMMENT_PERIOD", () -> standards.openCommentPeriod(me, tenant, id,
                        new CommentPeriod(opens.getValue(), closes.getValue(), audience.getValue()))), opens, closes, audience);
            }
            case COMMENT_PERIOD -> go("CLOSE_COMMENT_PERIOD", () -> standards.closeCommentPeriod(me, tenant, id));
            case COMMENT_RESOLUTION -> go("SUBMIT_DRAFT_FOR_REVIEW", () -> standards.submitDraftForReview(me, tenant, id));
            case DRAFT_FOR_REVIEW -> go("START_TECHNICAL_REVIEW", () -> standards.startTechnicalReview(me, tenant, id));
            case TECHNICAL_REVIEW -> reviewForm(p);
            case REVIEW_PASSED -> go("SUBMIT_DRAFT_FOR_APPROVAL", () -> standards.submitDraftForApproval(me, tenant, id));
            case DRAFT_FOR_APPROVAL -> {
                TextArea decision = area("decision");
                ComboBox<MeetingDecisions.Offer> fromMeeting = meetingDecision(p, DecisionStep.APPROVAL);
                TextArea consultation = area("cyberspaceConsultation");
                consultation.setVisible(p.subject().cybersecurity());
                FormLayout approval = form(go("APPROVE", () -> standards.approve(me, tenant, id, decision.getValue(),
                        consultation.getValue(), chosen(fromMeeting))), fromMeeting, decision, consultation);
                yield new Div(new ApprovalWarningsList(standards.approvalWarnings(me, tenant, id)), approval);
            }
            case APPROVED -> {
                DatePicker publishedOn = date("publishedOn");
                publishedOn.setValue(standards.today());
                DatePicker inForceFrom = date("inForceFrom");
                inForceFrom.setValue(standards.today().plusMonths(1));
                Select<String> numbering = new Select<>();
                numbering.setLabel(t("field.partNumbering"));
                numbering.setItems("SINGLE", "FIRST_PART", "NEXT_PART");
                numbering.setItemLabelGenerator(n -> t("partNumbering." + n));
                numbering.setValue("SINGLE");
                numbering.setId("field-partNumbering");
                IntegerField partOf = number("partOf");
                partOf.setVisible(false);
                numbering.addValueChangeListener(e -> partOf.setVisible("NEXT_PART".equals(e.getValue())));
                yield form(go("PUBLISH", () -> standards.publish(me, tenant, id, publishedOn.getValue(),
                        inForceFrom.getValue(), parts(numbering.getValue(), partOf.getValue()))),
                        publishedOn, inForceFrom, numbering, partOf);
            }
            case PUBLISHED -> {
                Select<PeriodicReviewDecision> decision = new Select<>();
                decision.setLabel(t("field.reviewDecision"));
                decision.setItems(PeriodicReviewDecision.values());
                decision.setItemLabelGenerator(d -> t("periodicReview." + d.name()));
                decision.setValue(PeriodicReviewDecision.CONFIRM);
                TextArea reason = area("reason");
                yield form(go("PERIODIC_REVIEW", () -> standards.recordPeriodicReview(me, tenant, id, decision.getValue(),
                        reason.getValue())), decision, reason);
            }
            case WITHDRAWN, REPLACED, TERMINATED -> null;
        };
    }

    /** Terminating is possible at any stage before publication, with a reason (LC-1). */
    Component terminationFor(StandardProject p) {
        if (!p.stage().beforePublication()) {
            return null;
        }
        TextField reason = text("reason");
        Button terminate = new Button(t("action.TERMINATE"), click -> onMoved.accept(
                standards.terminate(me, tenant, p.id(), reason.getValue())));
        terminate.setId("action-terminate");
        terminate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return form(terminate, reason);
    }

    /** The review by consensus; a vote is taken as a ballot in the standard's ballot panel (PART-2). */
    private Component reviewForm(StandardProject p) {
        TextArea minutes = area("minutes");
        ComboBox<MeetingDecisions.Offer> fromMeeting = meetingDecision(p, DecisionStep.TECHNICAL_REVIEW_CONSENSUS);
        Button record = go("RECORD_REVIEW_OUTCOME", () -> standards.recordReviewOutcome(me, tenant, p.id(),
                new ReviewOutcome.Consensus(minutes.getValue()), chosen(fromMeeting)));
        return new Div(new Paragraph(t("ballots.reviewByBallot")), form(record, fromMeeting, minutes));
    }

    /**
     * The decisions recorded in meetings held with a quorum for this step (PART-3), to pick instead
     * of typing the decision; hidden when there are none.
     */
    private ComboBox<MeetingDecisions.Offer> meetingDecision(StandardProject p, DecisionStep step) {
        ComboBox<MeetingDecisions.Offer> box = new ComboBox<>(t("field.meetingDecision"));
        box.setId("field-meetingDecision");
        List<MeetingDecisions.Offer> offers = standards.meetingDecisionsFor(me, tenant, p.id(), step);
        box.setItems(offers);
        box.setItemLabelGenerator(o -> o.reference() + " " + o.text());
        box.setClearButtonVisible(true);
        box.setVisible(!offers.isEmpty());
        return box;
    }

    private static UUID chosen(ComboBox<MeetingDecisions.Offer> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    private Button go(String action, Supplier<StandardProject> step) {
        Button button = new Button(t("action." + action), click -> onMoved.accept(step.get()));
        button.setId("action-" + action.toLowerCase().replace('_', '-'));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static FormLayout form(Button action, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.add(action);
        return form;
    }

    private TextArea area(String field) {
        TextArea area = new TextArea(t("field." + field));
        area.setId("field-" + field);
        return area;
    }

    private TextField text(String field) {
        TextField text = new TextField(t("field." + field));
        text.setId("field-" + field);
        return text;
    }

    private IntegerField number(String field) {
        IntegerField number = new IntegerField(t("field." + field));
        number.setId("field-" + field);
        number.setMin(0);
        return number;
    }

    private DatePicker date(String field) {
        DatePicker picker = DateFields.iso(t("field." + field));
        picker.setId("field-" + field);
        return picker;
    }

    private MultiSelectComboBox<Member> people(String field) {
        MultiSelectComboBox<Member> box = new MultiSelectComboBox<>(t("field." + field));
        box.setId("field-" + field);
        box.setItems(members.list(me, tenant, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items());
        box.setItemLabelGenerator(m -> m.displayName() + "（" + m.email() + "）");
        return box;
    }

    private static Set<PersonId> ids(Set<Member> chosen) {
        return chosen.stream().map(Member::person).collect(Collectors.toSet());
    }

    private static PartNumbering parts(String choice, Integer partOf) {
        return switch (choice) {
            case "FIRST_PART" -> PartNumbering.FIRST_PART;
            case "NEXT_PART" -> {
                if (partOf == null) {
                    throw new InvalidInputException(FieldProblem.of("partOf", "FORMAT", "validation.required"));
                }
                yield PartNumbering.nextPartOf(partOf);
            }
            default -> PartNumbering.SINGLE;
        };
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private String t(String key) {
        return owner.getTranslation(key);
    }

    static boolean isFinal(Stage stage) {
        return stage == Stage.WITHDRAWN || stage == Stage.REPLACED || stage == Stage.TERMINATED;
    }
}
