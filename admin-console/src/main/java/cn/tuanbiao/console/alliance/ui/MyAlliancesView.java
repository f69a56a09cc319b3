package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.ConventionStatus;
import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.MemberInvitation;
import cn.tuanbiao.console.alliance.domain.MyAlliance;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 所属联盟 (SUP-1, ORG-5), a member organization's side: the alliances it belongs to; each one's
 * self-regulation convention, which the administrators accept; the alliance's admitted pool
 * experts, whom the secretariat invites to one of its reviews; and its invitations so far.
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
