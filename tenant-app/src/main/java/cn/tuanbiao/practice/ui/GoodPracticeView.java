package cn.tuanbiao.practice.ui;

import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.practice.domain.Answer;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.domain.AnswerSource;
import cn.tuanbiao.practice.domain.Evaluation;
import cn.tuanbiao.practice.domain.EvaluationStatus;
import cn.tuanbiao.practice.domain.Evidence;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.domain.Scorecard;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.practice.service.SelfEvaluations.EvaluationView;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 良好行为评价 (PUB-2): the organization's self-evaluation of a year, grouped by first- and
 * second-level indicator; pre-filled answers marked with the records they rest on; total, stars and
 * the basic-condition warning updated with every answer; evidence uploads; the submission that
 * publishes the statement, and its way to the registry.
 */
@Prototype
@Route(value = "good-practice", layout = MainLayout.class)
public class GoodPracticeView extends VerticalLayout implements HasDynamicTitle {

    private final SelfEvaluations evaluations;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final boolean evaluator;
    private final Select<Integer> year = new Select<>();
    private final Div summary = new Div();
    private final VerticalLayout body = new VerticalLayout();

    public GoodPracticeView(SelfEvaluations evaluations, FileCheck fileCheck) {
        this.evaluations = evaluations;
        this.fileCheck = fileCheck;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        this.evaluator = UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
        setWidthFull();
        add(new H2(getTranslation("practice.title")), new Paragraph(getTranslation("practice.help")));
        if (tenant == null) {
            return;
        }
        int last = evaluations.lastYear();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(last - 4, last + 1).boxed().toList());
        evaluations.list(me, tenant).stream().map(Evaluation::year).filter(y -> !years.contains(y)).forEach(years::add);
        years.sort(java.util.Comparator.reverseOrder());
        year.setId("practice-year");
        year.setLabel(getTranslation("practice.year"));
        year.setItems(years);
        year.setValue(last);
        year.addValueChangeListener(change -> load());
        summary.setId("practice-summary");
        summary.setWidthFull();
        body.setPadding(false);
        add(year, summary, body);
        load();
    }

    private void load() {
        body.removeAll();
        summary.removeAll();
        EvaluationView view;
        try {
            view = evaluations.view(me, tenant, year.getValue());
        } catch (NotFoundException notOpened) {
            summary.add(new Paragraph(getTranslation("practice.notOpened")));
            if (evaluator) {
                Button open = new Button(getTranslation("practice.open"), VaadinIcon.PLAY.create(),
                        click -> act(() -> evaluations.open(me, tenant, year.getValue())));
                open.setId("practice-open");
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                summary.add(open);
            }
            return;
        }
        showSummary(view);
        boolean english = UiSession.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        if (evaluator) {
            Button refresh = new Button(getTranslation("practice.refresh"), VaadinIcon.REFRESH.create(),
                    click -> act(() -> evaluations.refresh(me, tenant, year.getValue())));
            refresh.setId("practice-refresh");
            body.add(refresh);
        }
        for (Indicator first : view.catalogue().level(1)) {
            body.add(new H3(first.code() + " " + first.name(english) + "（" + SelfEvaluations.points(first.points())
                    + "）"));
            for (Indicator second : view.catalogue().childrenOf(first.code())) {
                body.add(new H4(second.code() + " " + second.name(english) + "（"
                        + SelfEvaluations.points(second.points()) + "）"));
                for (Indicator third : view.catalogue().childrenOf(second.code())) {
                    body.add(row(third, view.evaluation().answers().get(third.code()), english));
                }
            }
        }
        if (evaluator) {
            body.add(evidenceUpload(view, english), submission());
        }
        body.add(sync(view.sync()));
    }

    private void showSummary(EvaluationView view) {
        summary.removeAll();
        Scorecard card = view.scorecard();
        Evaluation evaluation = view.evaluation();
        Span total = new Span(getTranslation("practice.total", SelfEvaluations.points(card.total()),
                SelfEvaluations.points(view.catalogue().scheme().totalPoints())));
        total.setId("practice-total");
        total.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span stars = new Span(getTranslation("practice.stars." + card.stars()));
        stars.setId("practice-stars");
        stars.getElement().getThemeList().add(card.stars() > 0 ? "badge success" : "badge contrast");
        Span status = new Span(evaluation.status() == EvaluationStatus.SUBMITTED
                ? getTranslation("practice.status.SUBMITTED", evaluation.submittedByName(),
                evaluation.submittedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate())
                : getTranslation("practice.status.DRAFT"));
        status.getElement().getThemeList().add("badge");
        HorizontalLayout line = new HorizontalLayout(total, stars, status,
                new Span(view.catalogue().scheme().title() + " · " + view.catalogue().scheme().version()));
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.add(line);
        if (card.basicConditionFailed()) {
            Div warning = new Div(VaadinIcon.WARNING.create(), new Span(" " + getTranslation("practice.basicFailed",
                    card.failedBasic().stream().map(i -> i.code() + " " + i.nameZh()).collect(Collectors.joining("、")))));
            warning.setId("practice-basic-failed");
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                    .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-weight", "600");
            summary.add(warning);
        }
        if (!card.complete()) {
            summary.add(new Paragraph(getTranslation("practice.unansweredCount", card.unanswered().size())));
        }
    }

    private Div row(Indicator indicator, Answer answer, boolean english) {
        Div row = new Div();
        row.setId("indicator-" + indicator.code());
        row.setWidthFull();
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
        Span name = new Span(indicator.code() + " " + indicator.name(english));
        name.getStyle().set("font-weight", "500");
        Span weight = new Span(indicator.basic() ? getTranslation("practice.basic")
                : getTranslation("practice.points") + " " + SelfEvaluations.points(indicator.points()));
        weight.getElement().getThemeList().add(indicator.basic() ? "badge error" : "badge");
        HorizontalLayout head = new HorizontalLayout(name, weight);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (answer != null && answer.source() == AnswerSource.PREFILLED) {
            Span prefilled = new Span(getTranslation("practice.prefilled"));
            prefilled.getElement().getThemeList().add("badge success");
            head.add(prefilled);
        }
        row.add(head);
        if (indicator.criteria() != null) {
            Span criteria = new Span(indicator.criteria());
            criteria.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            row.add(new Div(criteria));
        }
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("practice.note"));
        note.setValue(answer == null || answer.note() == null ? "" : answer.note());
        note.setWidth("24em");
        HorizontalLayout inputs = new HorizontalLayout();
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (indicator.basic()) {
            Select<Boolean> met = new Select<>();
            met.setItems(Boolean.TRUE, Boolean.FALSE);
            met.setItemLabelGenerator(b -> getTranslation(b ? "practice.met" : "practice.notMet"));
            met.setPlaceholder("—");
            met.setValue(answer == null ? null : answer.met());
            met.setReadOnly(!evaluator);
            met.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    save(indicator, new AnswerInput(null, change.getValue(), note.getValue()));
                }
            });
            note.addValueChangeListener(change -> {
                if (met.getValue() != null) {
                    save(indicator, new AnswerInput(null, met.getValue(), change.getValue()));
                }
            });
            inputs.add(met, note);
        } else {
            BigDecimalField score = new BigDecimalField();
            score.setPlaceholder(getTranslation("practice.score"));
            score.setSuffixComponent(new Span("/ " + SelfEvaluations.points(indicator.points())));
            score.setValue(answer == null ? null : answer.score());
            score.setWidth("9em");
            score.setReadOnly(!evaluator);
            score.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(indicator, new AnswerInput(change.getValue(), null, note.getValue()));
                }
            });
            note.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(indicator, new AnswerInput(score.getValue(), null, change.getValue()));
                }
            });
            inputs.add(score, note);
        }
        note.setReadOnly(!evaluator);
        row.add(inputs);
        if (answer != null && !answer.evidence().isEmpty()) {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            for (Evidence evidence : answer.evidence()) {
                list.add(new Span(evidenceText(evidence)));
            }
            Details details = new Details(getTranslation("practice.evidence") + "（" + answer.evidence().size() + "）", list);
            row.add(details);
        }
        return row;
    }

    private String evidenceText(Evidence evidence) {
        String icon = switch (evidence.kind()) {
            case MISSING -> "✗ ";
            case DOCUMENT -> "📎 ";
            default -> "✓ ";
        };
        String label = evidence.label().startsWith("policyTopic.") ? getTranslation(evidence.label()) : evidence.label();
        if (evidence.kind() == Evidence.Kind.MISSING) {
            return icon + getTranslation("practice.evidence.missing", label)
                    + (evidence.detail() == null ? "" : "（" + evidence.detail() + "）");
        }
        String detail = evidence.detail() == null ? "" : evidence.detail().replaceAll("stage\\.([A-Z_]+)", "$1");
        return icon + label + (detail.isEmpty() ? "" : " · " + detail);
    }

    private void save(Indicator indicator, AnswerInput input) {
        try {
            showSummary(evaluations.answer(me, tenant, year.getValue(), indicator.code(), input));
        } catch (InvalidInputException e) {
            FormErrors.Notifications.error(describe(e));
        }
    }

    private Div evidenceUpload(EvaluationView view, boolean english) {
        Select<Indicator> indicator = new Select<>();
        indicator.setLabel(getTranslation("practice.column.name"));
        indicator.setItems(view.catalogue().scored().values());
        indicator.setItemLabelGenerator(i -> i.code() + " " + i.name(english));
        SingleFileField file = new SingleFileField(fileCheck.maxBytes());
        Button attach = new Button(getTranslation("practice.attach"), VaadinIcon.PAPERCLIP.create(), click -> {
            if (indicator.getValue() == null || file.file().isEmpty()) {
                return;
            }
            act(() -> file.useChecked(fileCheck, checked ->
                    evaluations.attachEvidence(me, tenant, year.getValue(), indicator.getValue().code(), checked)));
        });
        attach.setId("practice-attach");
        HorizontalLayout line = new HorizontalLayout(indicator, file, attach);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new H3(getTranslation("practice.attach")), line);
    }

    private Div submission() {
        Checkbox truthful = new Checkbox(getTranslation("practice.commitment.truthful"));
        truthful.setId("practice-truthful");
        Button submit = new Button(getTranslation("practice.submit"), VaadinIcon.CLOUD_UPLOAD_O.create(),
                click -> act(() -> evaluations.submit(me, tenant, year.getValue(), truthful.getValue())));
        submit.setId("practice-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(truthful, new Div(submit));
    }

    private Div sync(List<RegistryChange> changes) {
        Div sync = new Div();
        if (changes.isEmpty()) {
            return sync;
        }
        sync.add(new H3(getTranslation("practice.sync")));
        for (RegistryChange change : changes) {
            String state = getTranslation("syncState." + change.state().name());
            sync.add(new Paragraph("#" + change.sequence() + " " + change.type() + " · " + state
                    + (change.errorMessage() == null ? "" : " · " + change.errorField() + "：" + change.errorMessage())));
        }
        return sync;
    }

    private void act(Runnable action) {
        try {
            action.run();
            load();
        } catch (InvalidInputException e) {
            FormErrors.Notifications.error(describe(e));
        }
    }

    private String describe(InvalidInputException e) {
        return e.problems().stream().map((FieldProblem p) -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.title") + " · 团标通";
    }
}
