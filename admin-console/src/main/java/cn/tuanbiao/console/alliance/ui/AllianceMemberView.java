package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.service.AllianceBodies;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.UUID;

/**
 * One current member of the alliance (SUP-1): its indicators and its published standards — public data
 * only —, its people in the alliance's committees and working groups (adding one), and 退出联盟.
 */
@Prototype
@Route(value = "alliance/members/:id", layout = MainLayout.class)
public class AllianceMemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AllianceSecretariat secretariat;
    private final AllianceExports exports;
    private final AllianceBodies bodies;
    private final PersonId me;
    private final TenantId alliance;
    private String title = "";

    public AllianceMemberView(AllianceSecretariat secretariat, AllianceExports exports, AllianceBodies bodies) {
        this.secretariat = secretariat;
        this.exports = exports;
        this.bodies = bodies;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            TenantId member = new TenantId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
            show(member, secretariat.member(me, alliance, member));
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new Paragraph(getTranslation("alliance.memberNotFound")));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void show(TenantId member, RosterRow row) {
        MemberIndicators m = row.indicators();
        OrganizationIndicators o = m.organization();
        title = o.nameZh();
        add(new H2(o.nameZh() + "（" + o.code() + "）"));
        add(new Paragraph(getTranslation("supervision.column.kind") + "：" + getTranslation("kind." + o.kind().name())
                + " · " + getTranslation("alliance.column.joinedOn") + "：" + row.joinedOn() + " · "
                + getTranslation("alliance.column.convention") + "：" + AllianceExports.convention(row)));
        Paragraph indicators = new Paragraph(getTranslation("alliance.member.indicators", o.standards().published(),
                o.standards().withdrawn(), o.standards().replaced(), o.inProgress().orElse(0),
                m.commentPeriodsHonoured(), m.commentPeriods(), m.votesByRule(), m.declarationsConfirmed(),
                m.publishedInForce(), m.overdueReviews(), m.casesOpen(),
                m.practiceStars().isPresent() ? AllianceExports.stars(m) : getTranslation("alliance.stars.none")));
        indicators.setId("alliance-member-indicators");
        Paragraph trainings = new Paragraph(getTranslation("alliance.column.trainings") + "：" + row.trainingsAttended());
        trainings.setId("alliance-member-trainings");
        Button leave = new Button(getTranslation("alliance.leaving.action"), click -> new LeavingDialog(secretariat, me,
                alliance, member, o.nameZh(), () -> UI.getCurrent().navigate(AllianceRosterView.class)).open());
        leave.setId("alliance-member-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(indicators, trainings, leave);
        add(new H3(getTranslation("alliance.body.ofMember")));
        Div participation = new Div();
        participation.setWidthFull();
        add(participation);
        showParticipation(participation, member, new MemberLink(member, o.code(), o.nameZh(), row.joinedOn()));
        add(new H3(getTranslation("supervision.organization.standards")));
        add(Downloads.link(getTranslation("supervision.export.excel"), o.nameZh() + "-已发布团体标准.xlsx",
                AllianceExports.EXCEL, out -> exports.writeExcel(List.of(exports.standardsTable(o.nameZh(),
                        secretariat.allMemberStandards(me, alliance, member))), out)));
        Grid<MemberStandard> standards = new Grid<>();
        standards.setId("alliance-member-standards");
        standards.addColumn(MemberStandard::number).setHeader(getTranslation("supervision.column.number")).setAutoWidth(true);
        standards.addColumn(MemberStandard::titleZh).setHeader(getTranslation("supervision.column.title")).setFlexGrow(1);
        standards.addColumn(MemberStandard::status).setHeader(getTranslation("supervision.column.status"));
        standards.addColumn(MemberStandard::publishedOn).setHeader(getTranslation("supervision.column.publishedOn"));
        standards.addColumn(MemberStandard::inForceFrom).setHeader(getTranslation("supervision.column.inForceFrom"));
        long total = secretariat.memberStandards(me, alliance, member, PageRequest.first(1)).total();
        standards.setItems(query -> secretariat.memberStandards(me, alliance, member,
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
        standards.setHeight("24em");
        add(standards);
    }

    private void showParticipation(Div box, TenantId member, MemberLink link) {
        box.removeAll();
        Runnable changed = () -> showParticipation(box, member, link);
        List<AllianceBody> all = bodies.bodies(me, alliance, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        if (!all.isEmpty()) {
            box.add(AllianceBodiesView.participantForm(bodies, me, alliance, this, all, List.of(link),
                    secretariat.today(), changed));
        }
        Grid<Participant> grid = AllianceBodiesView.participantsGrid(bodies, me, alliance, secretariat.today(), changed);
        grid.setId("alliance-member-participants");
        grid.setEmptyStateText(getTranslation("alliance.body.noneForMember"));
        long total = bodies.memberParticipants(me, alliance, member, PageRequest.first(1)).total();
        grid.setItems(query -> bodies.memberParticipants(me, alliance, member, new PageRequest(query.getOffset(),
                query.getLimit())).items().stream(), query -> (int) total);
        grid.setHeight("12em");
        box.add(grid);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("alliance.roster.title");
    }
}
