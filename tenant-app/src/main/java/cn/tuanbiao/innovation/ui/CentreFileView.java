package cn.tuanbiao.innovation.ui;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.CentreFileId;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.service.InnovationBaseService;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.Arrays;
import java.util.UUID;

/**
 * A centre's file for its innovation base (SUP-5): the timeline, documents, the year's targets and
 * the base's actions allowed now, each in a small form.
 */
@Prototype
@Route(value = "innovation/centres/:id", layout = MainLayout.class)
public class CentreFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InnovationBaseService base;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private CentreFileId id;
    private String title = "";

    public CentreFileView(InnovationBaseService base, FileCheck fileCheck) {
        this.base = base;
        this.fileCheck = fileCheck;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new CentreFileId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
            show();
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("centre.notFound")));
        }
    }

    private void show() {
        removeAll();
        CentreFileDetail detail = base.get(me, tenant, id, base.today().getYear());
        title = detail.file().name();
        add(new CentreFilePanel(detail, this::act, (doc, version) -> base.content(me, tenant, doc, version)));
        Button upload = new Button(getTranslation("innovation.upload"), click -> uploadDialog());
        upload.setId("centre-upload");
        add(upload);
    }

    private void act(CentreAction action) {
        ActionDialog d = new ActionDialog(getTranslation("centreAction." + action.name()));
        String done = getTranslation("innovation.done");
        switch (action) {
            case FORMAL_CHECK -> {
                Checkbox complete = checkbox(d, "innovation.complete");
                TextArea reasons = d.field("reasons", new TextArea(getTranslation("innovation.reasons")));
                d.confirm(done, () -> ok(base.formalCheck(me, tenant, id, complete.getValue(), reasons.getValue())),
                        this::show);
            }
            case EXPERT_OPINION -> {
                TextField expert = d.field("expertName", new TextField(getTranslation("innovation.expertName")));
                TextArea opinion = d.field("opinion", new TextArea(getTranslation("innovation.opinion")));
                d.confirm(done, () -> ok(base.addOpinion(me, tenant, id, expert.getValue(), opinion.getValue())), this::show);
            }
            case REVIEW_CONCLUSION -> {
                Checkbox passed = checkbox(d, "innovation.passed");
                TextArea conclusion = d.field("conclusion", new TextArea(getTranslation("innovation.conclusion")));
                d.confirm(done, () -> ok(base.concludeReview(me, tenant, id, passed.getValue(), conclusion.getValue())),
                        this::show);
            }
            case APPROVE_CONSTRUCTION -> {
                DatePicker on = d.field("approvedOn", new DatePicker(getTranslation("innovation.date"), base.today()));
                TextField reference = d.field("approvalReference", new TextField(getTranslation("innovation.reference")));
                d.confirm(done, () -> ok(base.approve(me, tenant, id, on.getValue(), reference.getValue())), this::show);
            }
            case DECLINE, REVOKE -> {
                TextArea reason = d.field("reason", new TextArea(getTranslation("innovation.reasons")));
                d.confirm(done, () -> ok(action == CentreAction.DECLINE ? base.decline(me, tenant, id, reason.getValue())
                        : base.revoke(me, tenant, id, reason.getValue())), this::show);
            }
            case DECIDE_EXTENSION -> {
                Checkbox approve = checkbox(d, "innovation.approve");
                TextArea reason = d.field("reason", new TextArea(getTranslation("innovation.reasons")));
                d.confirm(done, () -> ok(base.decideExtension(me, tenant, id, approve.getValue(), reason.getValue())),
                        this::show);
            }
            case RECORD_ACCEPTANCE -> {
                Checkbox passed = checkbox(d, "innovation.passed");
                TextArea opinion = d.field("opinion", new TextArea(getTranslation("innovation.opinion")));
                DatePicker on = d.field("date", new DatePicker(getTranslation("innovation.date"), base.today()));
                d.confirm(done, () -> ok(base.recordAcceptance(me, tenant, id, passed.getValue(), opinion.getValue(),
                        on.getValue())), this::show);
            }
            case DECIDE_RENAME -> {
                Checkbox approve = checkbox(d, "innovation.approve");
                d.confirm(done, () -> ok(base.decideRename(me, tenant, id, approve.getValue())), this::show);
            }
            case EVALUATE, RECTIFICATION_CHECK -> {
                Select<EvaluationKind> kind = d.field("evaluationKind", new Select<>());
                kind.setLabel(getTranslation("field.evaluationKind"));
                kind.setItems(action == CentreAction.EVALUATE ? Arrays.asList(EvaluationKind.PERIODIC, EvaluationKind.SPOT_CHECK)
                        : Arrays.asList(EvaluationKind.RECTIFICATION_CHECK));
                kind.setItemLabelGenerator(k -> getTranslation("evaluationKind." + k.name()));
                kind.setValue(action == CentreAction.EVALUATE ? EvaluationKind.PERIODIC : EvaluationKind.RECTIFICATION_CHECK);
                DatePicker heldOn = d.field("heldOn", new DatePicker(getTranslation("innovation.date"), base.today()));
                TextArea findings = d.field("findings", new TextArea(getTranslation("innovation.findings")));
                Checkbox passed = checkbox(d, "innovation.passed");
                DatePicker due = d.field("rectificationDue", new DatePicker(getTranslation("innovation.rectificationDue")));
                d.confirm(done, () -> ok(base.evaluate(me, tenant, id, kind.getValue(), heldOn.getValue(),
                        findings.getValue(), passed.getValue(), due.getValue())), this::show);
            }
            case RECORD_ACHIEVEMENT -> achievementForm(d, draft -> base.recordAchievement(me, tenant, id, draft), this::show);
            default -> {
                return;
            }
        }
        d.open();
    }

    private void uploadDialog() {
        ActionDialog d = new ActionDialog(getTranslation("innovation.upload"));
        Select<DocumentKind> kind = d.field("documentKind", new Select<>());
        kind.setLabel(getTranslation("field.documentKind"));
        kind.setItems(Arrays.stream(DocumentKind.values()).filter(k -> !k.ofStandards()).toList());
        kind.setItemLabelGenerator(k -> getTranslation("document." + k.name()));
        IntegerField year = d.field("year", new IntegerField(getTranslation("innovation.year")));
        year.setValue(base.today().getYear());
        SingleFileField file = new SingleFileField(fileCheck.maxBytes());
        d.plain(file);
        d.confirm(getTranslation("innovation.upload"), () -> ok(file.useChecked(fileCheck,
                checked -> base.attach(me, tenant, id, kind.getValue(), year.getValue(), checked))), this::show);
        d.open();
    }

    static void achievementForm(ActionDialog d, java.util.function.Function<AchievementDraft, ?> record, Runnable after) {
        Select<TargetKind> kind = d.field("kind", new Select<>());
        kind.setLabel(d.getTranslation("innovation.column.type"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> d.getTranslation("target." + k.name()));
        TextField title = d.field("title", new TextField(d.getTranslation("innovation.title.field")));
        DatePicker on = d.field("achievedOn", new DatePicker(d.getTranslation("innovation.date")));
        IntegerField participants = d.field("participants", new IntegerField(d.getTranslation("innovation.participants")));
        d.confirm(d.getTranslation("innovation.done"), () -> {
            record.apply(new AchievementDraft(kind.getValue(), title.getValue(), on.getValue(), participants.getValue()));
            return d.getTranslation("innovation.done");
        }, after);
    }

    static Checkbox checkbox(ActionDialog d, String key) {
        Checkbox box = new Checkbox(d.getTranslation(key));
        d.plain(box);
        return box;
    }

    private String ok(Object ignored) {
        return getTranslation("innovation.done");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
