package cn.tuanbiao.meetings.ui;

import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The decisions meetings took about a standard (PART-3), with the step each enables and whether it was used as its evidence. */
public class MeetingDecisionsPanel extends VerticalLayout {

    public MeetingDecisionsPanel(MeetingService meetings, PersonId me, TenantId tenant, StandardId standard) {
        setPadding(false);
        setId("meeting-decisions-of-standard");
        add(new H3(getTranslation("meetings.decisionsOnStandard")));
        Grid<MeetingDecision> grid = grid(this, true);
        grid.setItems(query -> meetings.decisionsFor(me, tenant, standard,
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) meetings.decisionsFor(me, tenant, standard, PageRequest.first(1)).total());
        add(grid);
    }

    /** Whether the standard has any meeting decision to show. */
    public static boolean anyFor(MeetingService meetings, PersonId me, TenantId tenant, StandardId standard) {
        return meetings.decisionsFor(me, tenant, standard, PageRequest.first(1)).total() > 0;
    }

    /** A grid of decisions: the meeting they were taken in (with a link) or the standard they concern. */
    static Grid<MeetingDecision> grid(Component owner, boolean withMeeting) {
        Grid<MeetingDecision> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(MeetingDecision::reference).setHeader(owner.getTranslation("meetings.column.reference"))
                .setAutoWidth(true);
        grid.addColumn(MeetingDecision::text).setHeader(owner.getTranslation("meetings.column.decision")).setFlexGrow(1);
        if (withMeeting) {
            grid.addComponentColumn(d -> new RouterLink(d.meetingTitle() + " · " + MeetingsView.TIME.format(d.meetingStartsAt()),
                    MeetingDetailView.class, new RouteParameters("id", d.meeting().toString())))
                    .setHeader(owner.getTranslation("meetings.column.meeting")).setAutoWidth(true);
        } else {
            grid.addColumn(d -> d.standardTitle() == null ? "" : d.standardTitle())
                    .setHeader(owner.getTranslation("meetings.column.standard")).setAutoWidth(true);
        }
        grid.addColumn(d -> d.enables() == null ? "" : owner.getTranslation("decisionStep." + d.enables().name()))
                .setHeader(owner.getTranslation("meetings.column.step")).setAutoWidth(true);
        grid.addColumn(d -> d.usedAsEvidence() ? MeetingsView.TIME.format(d.evidenceUsedAt()) : "")
                .setHeader(owner.getTranslation("meetings.column.evidence")).setAutoWidth(true);
        return grid;
    }
}
