package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.ConventionStatus;
import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.MemberInvitation;
import cn.tuanbiao.console.alliance.domain.MyAlliance;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.service.AllianceChannel;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 所属联盟 (SUP-1, ORG-5), a member organization's side: the alliances it belongs to; each one's
 * self-regulation convention, which the administrators accept; the alliance's admitted pool
 * experts, whom the secretariat invites to one of its reviews; and its invitations so far; the open
 * award rounds, where the administrators nominate a published standard, and the nominations with their
 * outcome; the upcoming trainings, for which anyone registers themselves, and the registrations.
 */
@Prototype
@Route(value = "alliance/memberships", layout = MainLayout.class)
public class MyAlliancesView extends VerticalLayout implements HasDynamicTitle {

    private final AllianceChannel channel;
    private final PersonId me;
    private final TenantId member;
    private final Div content = new Div();

    public MyAlliancesView(AllianceChannel channel) {
        this.channel = channel;
        this.me = UiSession.requireSignedIn().person();
        this.member = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.memberships.title")),
                new Paragraph(getTranslation("alliance.memberships.intro")));
        content.setWidthFull();
        add(content);
        if (member != null) {
            refresh();
        }
    }

    private void refresh() {
        content.removeAll();
        List<MyAlliance> alliances;
        try {
            alliances = channel.myAlliances(me, member);
        } catch (AccessDeniedException e) {
            content.add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        if (alliances.isEmpty()) {
            content.add(new Paragraph(getTranslation("alliance.memberships.none")));
        }
        for (MyAlliance alliance : alliances) {
            content.add(new H3(alliance.nameZh() + "（" + alliance.code() + "）"),
                    new Paragraph(getTranslation("alliance.memberships.since", alliance.joinedOn())));
            content.add(convention(alliance));
            content.add(experts(alliance));
            content.add(awards(alliance));
            content.add(trainings(alliance));
        }
    }

    private VerticalLayout convention(MyAlliance alliance) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4(getTranslation("alliance.convention.title")));
        ConventionStatus status = alliance.convention();
        if (status.latest().isEmpty()) {
            box.add(new Paragraph(getTranslation("alliance.convention.none")));
            return box;
        }
        Convention latest = status.latest().get();
        Paragraph standing = new Paragraph(status.upToDate()
                ? getTranslation("alliance.convention.acceptedBy", latest.version(), status.acceptedByName(),
                AllianceConventionView.TIME.format(status.acceptedAt()))
                : getTranslation("alliance.convention.pending", latest.version()));
        standing.setId("alliance-convention-standing");
        box.add(standing, new Paragraph(getTranslation("alliance.convention.version", latest.version()) + " · "
                + latest.title()));
        Pre text = new Pre(latest.body());
        text.getStyle().set("white-space", "pre-wrap");
        box.add(text);
        if (!status.upToDate() && UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            Button accept = new Button(getTranslation("alliance.convention.accept", latest.version()), click -> {
                try {
                    channel.acceptConvention(me, member, alliance.alliance(), latest.version());
                    FormErrors.Notifications.success(getTranslation("alliance.convention.acceptedNow"));
                    refresh();
                } catch (InvalidInputException e) {
                    FormErrors.Notifications.error(getTranslation(e.problems().get(0).messageKey(),
                            e.problems().get(0).arguments().toArray()));
                } catch (AccessDeniedException e) {
                    FormErrors.Notifications.error(getTranslation(e.messageKey()));
                }
            });
            accept.setId("alliance-convention-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(accept);
        }
        return box;
    }

    private VerticalLayout experts(MyAlliance alliance) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4(getTranslation("alliance.experts.title")));
        boolean mayInvite = UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
        Grid<Expert> grid = new Grid<>();
        grid.setId("alliance-pool");
        grid.addColumn(Expert::name).setHeader(getTranslation("alliance.expert.name")).setAutoWidth(true);
        grid.addColumn(Expert::field).setHeader(getTranslation("alliance.expert.field")).setFlexGrow(1);
        grid.addColumn(e -> e.title() == null ? "" : e.title()).setHeader(getTranslation("alliance.expert.titleField"));
        grid.addColumn(Expert::memberName).setHeader(getTranslation("alliance.expert.member")).setAutoWidth(true);
        if (mayInvite) {
            grid.addComponentColumn(e -> new Button(getTranslation("alliance.invitation.invite"),
                    click -> inviteDialog(alliance, e).open())).setAutoWidth(true);
        }
        long total = channel.pool(me, member, alliance.alliance(), PageRequest.first(1)).total();
        grid.setItems(query -> channel.pool(me, member, alliance.alliance(), new PageRequest(query.getOffset(),
                query.getLimit())).items().stream(), query -> (int) total);
        grid.setEmptyStateText(getTranslation("alliance.experts.none"));
        grid.setHeight("14em");
        box.add(grid);
        if (mayInvite) {
            Grid<MemberInvitation> invitations = new Grid<>();
            invitations.setId("alliance-my-invitations");
            invitations.addColumn(i -> AllianceConventionView.TIME.format(i.invitation().invitedAt()))
                    .setHeader(getTranslation("alliance.invitation.invitedAt")).setAutoWidth(true);
            invitations.addColumn(i -> i.invitation().expertName()).setHeader(getTranslation("alliance.expert.name"))
                    .setAutoWidth(true);
            invitations.addColumn(MemberInvitation::standardTitle).setHeader(getTranslation("supervision.column.title"))
                    .setFlexGrow(1);
            invitations.addColumn(i -> i.invitation().reviewOn() == null ? "" : i.invitation().reviewOn().toString())
                    .setHeader(getTranslation("alliance.invitation.reviewOn")).setAutoWidth(true);
            long count = channel.invitations(me, member, alliance.alliance(), PageRequest.first(1)).total();
            invitations.setItems(query -> channel.invitations(me, member, alliance.alliance(),
                    new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) count);
            invitations.setHeight("10em");
            box.add(new H4(getTranslation("alliance.invitations.mine")), invitations);
        }
        return box;
    }

    private VerticalLayout awards(MyAlliance alliance) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4(getTranslation("alliance.awards.title")));
        List<AwardRound> open = channel.openRounds(me, member, alliance.alliance(),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        if (open.isEmpty()) {
            box.add(new Paragraph(getTranslation("alliance.award.noneOpen")));
        } else if (UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            Select<AwardRound> round = new Select<>();
            round.setLabel(getTranslation("alliance.award.field.round"));
            round.setItems(open);
            round.setItemLabelGenerator(r -> r == null ? "" : r.name() + "（" + getTranslation("alliance.award.closesOn",
                    r.closesOn()) + "）");
            round.setValue(open.get(0));
            round.setWidth("24em");
            Select<StandardSummary> standard = new Select<>();
            standard.setLabel(getTranslation("alliance.award.field.standard"));
            standard.setItems(channel.nominableStandards(me, member, PageRequest.first(PageRequest.MAX_LIMIT)).items());
            standard.setItemLabelGenerator(s -> s == null ? "" : s.number() + " " + s.titleZh());
            standard.setWidth("28em");
            TextField reason = new TextField(getTranslation("alliance.award.field.reason"));
            reason.setWidth("24em");
            FormErrors errors = new FormErrors(this).field("round", round).field("standard", standard)
                    .field("reason", reason);
            Button nominate = new Button(getTranslation("alliance.award.nominate"), click -> {
                try {
                    var n = channel.nominate(me, member, alliance.alliance(), round.getValue() == null ? null
                            : round.getValue().id(), standard.getValue() == null ? null
                            : standard.getValue().id().value(), reason.getValue());
                    FormErrors.Notifications.success(getTranslation("alliance.award.nominated", n.standardTitle()));
                    refresh();
                } catch (InvalidInputException e) {
                    errors.show(e);
                } catch (AccessDeniedException e) {
                    FormErrors.Notifications.error(getTranslation(e.messageKey()));
                }
            });
            nominate.setId("alliance-award-nominate");
            nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(round, standard, reason, nominate);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            box.add(new Paragraph(getTranslation("alliance.award.nominateTitle")), row);
        }
        Grid<AwardNomination> mine = new Grid<>();
        mine.setId("alliance-my-nominations");
        mine.addColumn(AwardNomination::roundName).setHeader(getTranslation("alliance.award.field.round")).setAutoWidth(true);
        mine.addColumn(AwardNomination::standardNumber).setHeader(getTranslation("alliance.award.column.number"))
                .setAutoWidth(true);
        mine.addColumn(AwardNomination::standardTitle).setHeader(getTranslation("alliance.award.column.title"))
                .setFlexGrow(1);
        mine.addColumn(AwardNomination::nominatedByName).setHeader(getTranslation("alliance.award.column.nominatedBy"))
                .setAutoWidth(true);
        mine.addColumn(n -> AllianceAwardsView.outcome(this, n)).setHeader(getTranslation("alliance.award.column.outcome"))
                .setAutoWidth(true);
        long count = channel.myNominations(me, member, alliance.alliance(), PageRequest.first(1)).total();
        mine.setItems(query -> channel.myNominations(me, member, alliance.alliance(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) count);
        mine.setEmptyStateText(getTranslation("alliance.award.noNominations"));
        mine.setHeight("10em");
        box.add(new H4(getTranslation("alliance.award.mine")), mine);
        return box;
    }

    private VerticalLayout trainings(MyAlliance alliance) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4(getTranslation("alliance.trainings.title")));
        Grid<Training> upcoming = new Grid<>();
        upcoming.setId("alliance-upcoming-trainings");
        upcoming.addColumn(Training::title).setHeader(getTranslation("alliance.training.field.title")).setFlexGrow(1);
        upcoming.addColumn(Training::heldOn).setHeader(getTranslation("alliance.training.field.heldOn")).setAutoWidth(true);
        upcoming.addColumn(t -> t.online() ? getTranslation("alliance.training.online") : t.place())
                .setHeader(getTranslation("alliance.training.field.place")).setAutoWidth(true);
        upcoming.addColumn(Training::seatsLeft).setHeader(getTranslation("alliance.training.column.seatsLeft"))
                .setAutoWidth(true);
        upcoming.addComponentColumn(t -> new Button(getTranslation("alliance.training.register"), click -> {
            try {
                var r = channel.register(me, member, alliance.alliance(), t.id());
                FormErrors.Notifications.success(getTranslation("alliance.training.registered", r.trainingTitle()));
                refresh();
            } catch (InvalidInputException e) {
                FormErrors.Notifications.error(getTranslation(e.problems().get(0).messageKey(),
                        e.problems().get(0).arguments().toArray()));
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        })).setAutoWidth(true);
        long total = channel.upcomingTrainings(me, member, alliance.alliance(), PageRequest.first(1)).total();
        upcoming.setItems(query -> channel.upcomingTrainings(me, member, alliance.alliance(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
        upcoming.setEmptyStateText(getTranslation("alliance.training.noneUpcoming"));
        upcoming.setHeight("10em");
        Grid<Registration> mine = new Grid<>();
        mine.setId("alliance-my-registrations");
        mine.addColumn(Registration::trainingTitle).setHeader(getTranslation("alliance.training.field.title"))
                .setFlexGrow(1);
        mine.addColumn(Registration::heldOn).setHeader(getTranslation("alliance.training.field.heldOn")).setAutoWidth(true);
        mine.addColumn(Registration::personName).setHeader(getTranslation("alliance.training.column.person"))
                .setAutoWidth(true);
        mine.addColumn(r -> AllianceTrainingsView.attendance(this, r.attended()))
                .setHeader(getTranslation("alliance.training.column.attendance")).setAutoWidth(true);
        long count = channel.myRegistrations(me, member, alliance.alliance(), PageRequest.first(1)).total();
        mine.setItems(query -> channel.myRegistrations(me, member, alliance.alliance(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) count);
        mine.setEmptyStateText(getTranslation("alliance.training.noRegistrations"));
        mine.setHeight("10em");
        box.add(upcoming, new H4(getTranslation("alliance.training.mine")), mine);
        return box;
    }

    private Dialog inviteDialog(MyAlliance alliance, Expert expert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("alliance.invitation.dialog", expert.name()));
        Select<StandardSummary> review = new Select<>();
        review.setLabel(getTranslation("alliance.invitation.review"));
        review.setItems(channel.reviews(me, member, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        review.setItemLabelGenerator(s -> s == null ? "" : s.titleZh());
        review.setWidth("28em");
        DatePicker reviewOn = new DatePicker(getTranslation("alliance.invitation.reviewOn"));
        FormErrors errors = new FormErrors(dialog).field("standard", review);
        Button invite = new Button(getTranslation("alliance.invitation.invite"), click -> {
            try {
                channel.invite(me, member, alliance.alliance(), expert.id(),
                        review.getValue() == null ? null : review.getValue().id().value(), reviewOn.getValue());
                FormErrors.Notifications.success(getTranslation("alliance.invitation.done", expert.name()));
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(review, reviewOn));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), invite);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.memberships.title") + " · 团标通";
    }
}
