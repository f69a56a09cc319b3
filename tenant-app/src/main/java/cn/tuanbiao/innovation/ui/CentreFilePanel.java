package cn.tuanbiao.innovation.ui;

import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.ui.DocumentLinks;
import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.domain.Evaluation;
import cn.tuanbiao.innovation.domain.ExpertOpinion;
import cn.tuanbiao.innovation.domain.TargetProgress;
import cn.tuanbiao.innovation.domain.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A centre's file as its page shows it, to the base and to the centre alike (SUP-5): stage and
 * dates, the open windows with their warnings, the year's targets as progress bars, the actions
 * allowed now (as buttons handed to {@code onAction}), the timeline, opinions, achievements,
 * evaluations and documents. Views only: the actions are carried out by the view's service.
 */
class CentreFilePanel extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    CentreFilePanel(CentreFileDetail d, Consumer<CentreAction> onAction,
                    BiFunction<DocumentId, Integer, DocumentContent> download) {
        setPadding(false);
        CentreFile f = d.file();
        H2 heading = new H2(f.name());
        heading.setId("centre-name");
        Span stage = badge(getTranslation("centreStage." + f.stage().name()));
        stage.setId("centre-stage");
        add(heading, new HorizontalLayout(badge(getTranslation("centreType." + f.type().name())),
                badge(d.centreCode()), stage));

        Div facts = card();
        if (d.schedule() != null) {
            facts.add(new Paragraph(getTranslation("innovation.approvedOn", f.approvedOn(), f.approvalReference())));
            facts.add(new Paragraph(getTranslation("innovation.constructionEnd", d.schedule().constructionEnd())));
        }
        if (f.extensionMonths() > 0) {
            facts.add(new Paragraph(getTranslation("innovation.extension", f.extensionMonths())));
        }
        if (f.pendingName() != null) {
            facts.add(new Paragraph(getTranslation("innovation.pendingName", f.pendingName())));
        }
        if (f.stageReason() != null) {
            facts.add(new Paragraph(getTranslation("innovation.stageReason", f.stageReason())));
        }
        if (facts.getChildren().findAny().isPresent()) {
            add(facts);
        }

        add(new H3(getTranslation("innovation.deadlines")));
        UnorderedList deadlines = new UnorderedList();
        deadlines.setId("centre-deadlines");
        for (Deadline deadline : d.deadlines()) {
            String what = getTranslation("centreDeadline." + deadline.kind().name());
            if (deadline.year() != null) {
                what = getTranslation("innovation.deadline.year", deadline.year(), what);
            }
            ListItem item = new ListItem(getTranslation("innovation.deadline.item", deadline.due(), what,
                    getTranslation("deadlineState." + deadline.state().name())));
            if (deadline.state() == Deadline.State.OVERDUE) {
                item.getStyle().set("color", "var(--lumo-error-text-color)");
            } else if (deadline.state() == Deadline.State.DUE_SOON) {
                item.getStyle().set("color", "var(--lumo-warning-text-color, #b35c00)").set("font-weight", "600");
            }
            deadlines.add(item);
        }
        add(deadlines);

        add(new H3(getTranslation("innovation.actions")));
        FlexLayout actions = new FlexLayout();
        actions.setId("centre-actions");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        for (CentreAction action : d.actions()) {
            Button button = new Button(getTranslation("centreAction." + action.name()), click -> onAction.accept(action));
            button.setId("centre-action-" + action.name().toLowerCase().replace('_', '-'));
            actions.add(button);
        }
        if (d.actions().isEmpty()) {
            actions.add(new Span(getTranslation("innovation.noActions")));
        }
        add(actions);

        if (!d.targets().isEmpty()) {
            add(new H3(getTranslation("innovation.targets", d.targets().get(0).year())));
            VerticalLayout targets = new VerticalLayout();
            targets.setId("centre-targets");
            targets.setPadding(false);
            for (TargetProgress t : d.targets()) {
                ProgressBar bar = new ProgressBar(0, 1, t.fraction());
                bar.setWidth("16em");
                if (t.met()) {
                    bar.addThemeName("success");
                }
                Span label = new Span(getTranslation("innovation.target.progress", getTranslation("target." + t.kind().name()),
                        t.achieved(), t.target()));
                label.setWidth("10em");
                HorizontalLayout row = new HorizontalLayout(label, bar);
                row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
                targets.add(row);
            }
            add(targets);
            if (!d.achievements().isEmpty()) {
                add(new H3(getTranslation("innovation.achievements")));
                UnorderedList list = new UnorderedList();
                for (Achievement a : d.achievements()) {
                    list.add(new ListItem(a.achievedOn() + " · " + getTranslation("target." + a.kind().name()) + " · "
                            + a.title() + (a.participants() == null ? "" : " · " + a.participants())
                            + (a.recordedByCentre() ? "（" + getTranslation("innovation.recordedByCentre") + "）" : "")));
                }
                add(list);
            }
        }

        if (!d.evaluations().isEmpty()) {
            add(new H3(getTranslation("innovation.evaluations")));
            UnorderedList list = new UnorderedList();
            for (Evaluation e : d.evaluations()) {
                list.add(new ListItem(e.heldOn() + " · " + getTranslation("evaluationKind." + e.kind().name()) + " · "
                        + getTranslation(e.passed() ? "innovation.passed" : "innovation.failed") + " · " + e.findings()
                        + (e.rectificationDue() == null ? "" : " · " + getTranslation("innovation.rectificationDue")
                        + " " + e.rectificationDue())));
            }
            add(list);
        }
        if (!d.opinions().isEmpty()) {
            add(new H3(getTranslation("innovation.opinions")));
            UnorderedList list = new UnorderedList();
            for (ExpertOpinion o : d.opinions()) {
                list.add(new ListItem(o.expertName() + "：" + o.opinion()));
            }
            add(list);
        }

        add(new H3(getTranslation("innovation.documents")));
        UnorderedList docs = new UnorderedList();
        docs.setId("centre-documents");
        for (StoredDocument doc : d.documents()) {
            var v = doc.latest();
            docs.add(new ListItem(new Span(getTranslation("document." + doc.kind().name())
                    + (doc.title() == null || doc.title().isEmpty() ? "" : "（" + doc.title() + "）") + " v" + v.version()
                    + " · "), DocumentLinks.download(v.fileName(), () -> download.apply(v.document(), v.version())),
                    new Span(" · " + TIME.format(v.uploadedAt()))));
        }
        add(docs);

        add(new H3(getTranslation("innovation.timeline")));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("centre-timeline");
        for (TimelineEntry t : d.timeline()) {
            timeline.add(new ListItem(TIME.format(t.at()) + " · " + getTranslation("centreStep." + t.step())
                    + (t.actorName() == null ? "" : " · " + t.actorName()) + (t.note() == null ? "" : " · " + t.note())));
        }
        add(timeline);
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private static Div card() {
        Div div = new Div();
        div.addClassName("tb-card");
        return div;
    }

    static Component spacer() {
        return new Div();
    }

    static List<CentreAction> none() {
        return List.of();
    }
}
