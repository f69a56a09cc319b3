package cn.tuanbiao.ballots.ui;

import cn.tuanbiao.ballots.domain.BallotDetail;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotOpening;
import cn.tuanbiao.ballots.domain.BallotResult;
import cn.tuanbiao.ballots.domain.BallotStatus;
import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.domain.BallotVoter;
import cn.tuanbiao.ballots.domain.CastVote;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.MeetingRecord;
import cn.tuanbiao.ballots.domain.VoteInput;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ballot of a standard in technical review (PART-2, LC-3): the secretariat opens it, the list
 * shows every voting-right holder with their eligibility or the reason they are excluded, an
 * eligible voter votes here, and after the close the result states its arithmetic. No tally is
 * shown while the ballot runs: figures seen mid-vote sway those still to vote.
 */
public class BallotPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BallotService ballots;
    private final BodyService bodies;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardProject project;
    private final boolean secretariat;
    private final Runnable onChange;

    public BallotPanel(BallotService ballots, BodyService bodies, StandardService standards, PersonId me,
                       TenantId tenant, StandardProject project, boolean secretariat, Runnable onChange) {
        this.ballots = ballots;
        this.bodies = bodies;
        this.me = me;
        this.tenant = tenant;
        this.project = project;
        this.secretariat = secretariat;
        this.onChange = onChange;
        setPadding(false);
        setId("ballots");
        add(new H3(getTranslation("ballots.title")));
        Paragraph intro = new Paragraph(getTranslation("ballots.intro") + " "
                + getTranslation("ballots.base." + standards.policy(me, tenant).voteBase().name()));
        intro.addClassName("tb-hint");
        add(intro);
        List<BallotSummary> all = ballots.list(me, tenant, project.id(), PageRequest.first(20)).items();
        BallotDetail latest = all.isEmpty() ? null : ballots.get(me, tenant, project.id(), all.get(0).id());
        boolean inReview = project.stage() == Stage.TECHNICAL_REVIEW;
        if (secretariat && inReview && (latest == null || latest.status() == BallotStatus.CLOSED)) {
            add(openForm(standards.today()));
        }
        if (latest == null) {
            add(new Paragraph(getTranslation("ballots.none")));
            return;
        }
        show(latest);
        if (all.size() > 1) {
            add(new H4(getTranslation("ballots.earlier")));
            all.stream().skip(1).forEach(s -> add(new Div(time(s.openedAt()) + "　" + s.bodyName() + "　"
                    + (s.result() == null ? getTranslation("ballots.status." + s.status().name()) : arithmetic(s.result())))));
        }
    }

    private void show(BallotDetail ballot) {
        Div header = new Div(getTranslation("ballots.header", getTranslation("ballots.method." + ballot.ballot().method().name()),
                ballot.ballot().bodyName(), getTranslation("ballots.status." + ballot.status().name()))
                + (ballot.ballot().deadline() == null ? "" : "　" + getTranslation("ballots.deadline",
                time(ballot.ballot().deadline()))));
        header.setId("ballot-header");
        header.addClassName("tb-card");
        add(header);
        if (ballot.result() != null) {
            Div result = new Div(arithmetic(ballot.result()));
            result.setId("ballot-result");
            result.addClassName("tb-card-value");
            add(result);
            if (ballot.result().passed() && !ballot.result().applied()) {
                add(new Paragraph(getTranslation("ballots.notApplied")));
            }
        } else {
            add(new Paragraph(getTranslation("ballots.tallyHidden")));
        }
        if (ballot.mayVote()) {
            add(voteForm(ballot));
        }
        if (secretariat && ballot.status() == BallotStatus.AWAITING_CLOSE) {
            Button close = new Button(getTranslation("ballots.close"), click -> {
                ballots.close(me, tenant, project.id(), ballot.ballot().id());
                onChange.run();
            });
            close.setId("ballot-close");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(close);
        }
        if (secretariat && ballot.status() == BallotStatus.OPEN && ballot.ballot().method() == BallotMethod.MEETING) {
            Button record = new Button(getTranslation("ballots.recordMeeting"), click -> meetingDialog(ballot).open());
            record.setId("ballot-record-meeting");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        add(votersGrid(ballot));
    }

    private Component openForm(LocalDate today) {
        Select<Body> body = new Select<>();
        body.setLabel(getTranslation("field.body"));
        body.setItems(bodies.list(me, tenant, null, false, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        body.setItemLabelGenerator(Body::nameZh);
        body.setId("ballot-body");
        RadioButtonGroup<BallotMethod> method = new RadioButtonGroup<>(getTranslation("field.method"));
        method.setItems(BallotMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("ballots.method." + m.name()));
        method.setValue(BallotMethod.ONLINE);
        method.setId("ballot-method");
        DateTimePicker deadline = new DateTimePicker(getTranslation("field.deadline"));
        deadline.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        deadline.setValue(today.plusDays(7).atTime(17, 0));
        deadline.setId("ballot-deadline");
        method.addValueChangeListener(e -> deadline.setVisible(e.getValue() == BallotMethod.ONLINE));
        FormErrors errors = new FormErrors(this).field("body", body).field("deadline", deadline);
        Button open = new Button(getTranslation("ballots.open"), click -> {
            try {
                errors.clear();
                Instant until = deadline.getValue() == null ? null
                        : deadline.getValue().atZone(StandardService.CHINA).toInstant();
                ballots.open(me, tenant, project.id(), new BallotOpening(
                        body.getValue() == null ? null : body.getValue().id().value(), method.getValue(), until));
                Notifications.success(getTranslation("ballots.opened"));
                onChange.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        open.setId("ballot-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(body, method, deadline);
        form.add(open);
        return form;
    }

    private Component voteForm(BallotDetail ballot) {
        CastVote mine = ballot.myVote();
        Div current = new Div(mine == null ? getTranslation("ballots.notYetVoted")
                : getTranslation("ballots.myVote", getTranslation("ballots.choice." + mine.choice().name())));
        current.setId("ballot-my-vote");
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("field.choice"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("ballots.choice." + c.name()));
        choice.setId("ballot-choice");
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setId("ballot-reason");
        reason.setWidth("32em");
        if (mine != null) {
            choice.setValue(mine.choice());
            reason.setValue(mine.reason() == null ? "" : mine.reason());
        }
        FormErrors errors = new FormErrors(this).field("choice", choice).field("reason", reason);
        Button vote = new Button(getTranslation("ballots.column.vote"), click -> {
            try {
                errors.clear();
                ballots.vote(me, tenant, project.id(), ballot.ballot().id(), new VoteInput(choice.getValue(),
                        reason.getValue()));
                Notifications.success(getTranslation("ballots.voted"));
                onChange.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        vote.setId("ballot-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(current, choice, reason, vote);
    }

    private Grid<BallotVoter> votersGrid(BallotDetail ballot) {
        Grid<BallotVoter> grid = new Grid<>();
        grid.setId("ballot-voters");
        grid.setAllRowsVisible(true);
        grid.addColumn(BallotVoter::holderName).setHeader(getTranslation("ballots.column.voter")).setAutoWidth(true);
        grid.addColumn(v -> v.memberName() == null ? "" : v.memberName())
                .setHeader(getTranslation("ballots.column.member")).setAutoWidth(true);
        grid.addColumn(this::eligibility).setHeader(getTranslation("ballots.column.eligibility")).setFlexGrow(1);
        if (ballot.result() != null) {
            if (ballot.ballot().method() == BallotMethod.MEETING) {
                grid.addColumn(v -> ballot.attended().contains(v.seat()) ? getTranslation("common.yes") : "")
                        .setHeader(getTranslation("ballots.column.attended")).setAutoWidth(true);
            }
            grid.addColumn(v -> ballot.voteOf(v.seat()).map(c -> getTranslation("ballots.choice." + c.choice().name())
                            + (c.reason() == null ? "" : "（" + c.reason() + "）")).orElse(""))
                    .setHeader(getTranslation("ballots.column.vote")).setFlexGrow(1);
        }
        grid.setItems(ballot.voters());
        return grid;
    }

    private Dialog meetingDialog(BallotDetail ballot) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ballots.recordMeeting"));
        dialog.setWidth("60em");
        Map<UUID, Checkbox> attended = new HashMap<>();
        Map<UUID, Select<Choice>> choices = new HashMap<>();
        Map<UUID, TextField> reasons = new HashMap<>();
        Grid<BallotVoter> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(BallotVoter::holderName).setHeader(getTranslation("ballots.column.voter")).setAutoWidth(true);
        grid.addColumn(this::eligibility).setHeader(getTranslation("ballots.column.eligibility")).setAutoWidth(true);
        grid.addComponentColumn(v -> attended.computeIfAbsent(v.seat(), s -> {
                    Checkbox box = new Checkbox();
                    box.setId("meeting-attended-" + ballot.voters().indexOf(v));
                    return box;
                }))
                .setHeader(getTranslation("ballots.column.attended")).setAutoWidth(true);
        grid.addComponentColumn(v -> {
            if (!v.eligible()) {
                return new Div();
            }
            return choices.computeIfAbsent(v.seat(), s -> {
                Select<Choice> select = new Select<>();
                select.setId("meeting-vote-" + ballot.voters().indexOf(v));
                select.setItems(Choice.values());
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("ballots.noVote"));
                select.setItemLabelGenerator(c -> c == null ? getTranslation("ballots.noVote")
                        : getTranslation("ballots.choice." + c.name()));
                return select;
            });
        }).setHeader(getTranslation("ballots.column.vote")).setAutoWidth(true);
        grid.addComponentColumn(v -> v.eligible() ? reasons.computeIfAbsent(v.seat(), s -> {
                    TextField reason = new TextField();
                    reason.setId("meeting-reason-" + ballot.voters().indexOf(v));
                    return reason;
                }) : new Div())
                .setHeader(getTranslation("field.reason")).setFlexGrow(1);
        grid.setItems(ballot.voters());
        FormErrors errors = new FormErrors(this);
        Button save = new Button(getTranslation("common.save"), click -> {
            Set<UUID> present = new HashSet<>();
            attended.forEach((seat, box) -> {
                if (box.getValue()) {
                    present.add(seat);
                }
            });
            Map<UUID, VoteInput> votes = new HashMap<>();
            choices.forEach((seat, select) -> {
                if (select.getValue() != null) {
                    votes.put(seat, new VoteInput(select.getValue(), reasons.get(seat).getValue()));
                }
            });
            try {
                ballots.recordMeetingVote(me, tenant, project.id(), ballot.ballot().id(), new MeetingRecord(present, votes));
                dialog.close();
                onChange.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("ballot-meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("ballots.recordMeetingHint")), grid);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private String eligibility(BallotVoter voter) {
        if (voter.eligible()) {
            return getTranslation("ballots.eligible");
        }
        String reason = getTranslation("ballots.exclusion." + voter.exclusion().name());
        return voter.exclusionDetail() == null ? reason : reason + "：" + voter.exclusionDetail();
    }

    private String arithmetic(BallotResult result) {
        return getTranslation(result.summaryKey(), result.arguments());
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(StandardService.CHINA));
    }
}
