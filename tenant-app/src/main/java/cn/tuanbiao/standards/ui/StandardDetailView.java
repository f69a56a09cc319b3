package cn.tuanbiao.standards.ui;

import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.audit.ui.AuditEventsGrid;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.ballots.ui.BallotPanel;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.ResolutionTables;
import cn.tuanbiao.comments.ui.CommentsPanel;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.conflicts.ui.InterestsPanel;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.declarations.ui.DeclarationPanel;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.implementation.ui.ImplementationPanel;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.meetings.ui.MeetingDecisionsPanel;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.patents.ui.PatentsPanel;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.NextAction;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardAmendments;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.MemberService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.stream.Collectors;

/** One standard project: where it stands, who acts next and by when, the step's form, its documents and history. */
@Prototype
@Route(value = "standards/:id", layout = MainLayout.class)
public class StandardDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StandardService standards;
    private final MemberService members;
    private final DocumentService documents;
    private final StandardDocuments standardDocuments;
    private final FileCheck fileCheck;
    private final AuditLog audit;
    private final ImplementationRecords implementation;
    private final StandardAmendments amendments;
    private final PatentRegister patents;
    private final ConflictsOfInterest conflicts;
    private final CommentService comments;
    private final ResolutionTables resolutionTables;
    private final BallotService ballots;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final SelfDeclarations declarations;
    private final PersonId me;
    private final TenantId tenant;
    private String title = "";

    public StandardDetailView(StandardService standards, MemberService members, DocumentService documents,
                              StandardDocuments standardDocuments, FileCheck fileCheck, AuditLog audit,
                              ImplementationRecords implementation, StandardAmendments amendments,
                              PatentRegister patents, ConflictsOfInterest conflicts, CommentService comments,
                              ResolutionTables resolutionTables, BallotService ballots, BodyService bodies,
                              MeetingService meetings, SelfDeclarations declarations) {
        this.standards = standards;
        this.members = members;
        this.documents = documents;
        this.standardDocuments = standardDocuments;
        this.fileCheck = fileCheck;
        this.audit = audit;
        this.implementation = implementation;
        this.amendments = amendments;
        this.patents = patents;
        this.conflicts = conflicts;
        this.comments = comments;
        this.resolutionTables = resolutionTables;
        this.ballots = ballots;
        this.bodies = bodies;
        this.meetings = meetings;
        this.declarations = declarations;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            StandardId id = StandardId.of(event.getRouteParameters().get("id").orElse(""));
            show(standards.get(me, tenant, id));
        } catch (IllegalArgumentException | NotFoundException e) {
            removeAll();
            add(new Paragraph(getTranslation("standard.notFound")));
        }
    }

    private void show(StandardProject p) {
        removeAll();
        title = p.subject().titleZh();
        H2 heading = new H2(p.subject().titleZh());
        heading.setId("standard-title");
        Span stage = new Span(getTranslation("stage." + p.stage().name()));
        stage.setId("standard-stage");
        stage.getElement().getThemeList().add("badge");
        add(heading, stage);
        if (p.publication() != null) {
            Div number = new Div(p.publication().number().toString());
            number.setId("standard-number");
            number.addClassName("tb-card-value");
            add(number);
        }
        add(new Paragraph(p.subject().scope()));
        add(nextAction(p));
        StageActions actions = new StageActions(this, standards, members, me, tenant, this::show);
        Component form = actions.formFor(p);
        if (form != null) {
            add(new H3(getTranslation("standards.nextStep")), form);
        }
        AuditEventsGrid history = history(p.id());
        if (p.stage() == Stage.TECHNICAL_REVIEW || ballots.list(me, tenant, p.id(), PageRequest.first(1)).total() > 0) {
            add(new BallotPanel(ballots, bodies, standards, me, tenant, p, UiSession.hasRole(OrganizationRole.SECRETARIAT),
                    () -> show(standards.get(me, tenant, p.id()))));
        }
        if (p.publication() != null) {
            boolean secretariat = UiSession.hasRole(OrganizationRole.SECRETARIAT)
                    || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
            add(new DeclarationPanel(declarations, me, tenant, p.id(), UiSession.hasRole(OrganizationRole.SECRETARIAT)));
            add(new ImplementationPanel(implementation, me, tenant, p.id(), true, secretariat,
                    p.stage() == Stage.PUBLISHED, () -> history.getDataProvider().refreshAll()));
            add(new AmendmentsPanel(amendments, fileCheck, me, tenant, p,
                    p.stage() == Stage.PUBLISHED && UiSession.hasRole(OrganizationRole.SECRETARIAT),
                    () -> history.getDataProvider().refreshAll()));
        }
        if (p.stage() != Stage.PROPOSAL || patentsDeclaredOn(p)) {
            add(new PatentsPanel(patents, me, tenant, p.id(), p.stage().beforePublication(),
                    UiSession.hasRole(OrganizationRole.SECRETARIAT), () -> show(standards.get(me, tenant, p.id()))));
        }
        add(new StandardDocumentsPanel(documents, standardDocuments, fileCheck, me, tenant, p.id(), mayUpload(p),
                () -> history.getDataProvider().refreshAll()));
        if (p.commentPeriod() != null) {
            boolean commenting = p.stage() == Stage.COMMENT_PERIOD && p.commentPeriod().accepts(standards.today());
            boolean resolving = (p.stage() == Stage.COMMENT_PERIOD || p.stage() == Stage.COMMENT_RESOLUTION)
                    && (UiSession.hasRole(OrganizationRole.WORKING_GROUP_MEMBER)
                    || UiSession.hasRole(OrganizationRole.SECRETARIAT));
            add(new CommentsPanel(comments, resolutionTables, fileCheck, me, tenant, p.id(), commenting, resolving,
                    () -> history.getDataProvider().refreshAll()));
        }
        if (p.drafting() != null) {
            add(new InterestsPanel(conflicts, me, tenant, p.id(), p.stage().beforePublication(),
                    () -> history.getDataProvider().refreshAll()));
        }
        if (MeetingDecisionsPanel.anyFor(meetings, me, tenant, p.id())) {
            add(new MeetingDecisionsPanel(meetings, me, tenant, p.id()));
        }
        add(new H3(getTranslation("audit.history")), history);
        // Termination last: it ends the project, so it sits away from the everyday work above.
        Component termination = actions.terminationFor(p);
        if (termination != null) {
            add(new H3(getTranslation("action.TERMINATE")), termination);
        }
    }

    /** Secretariat and administrators always, the proposer and drafters on their own project; the service decides. */
    private boolean mayUpload(StandardProject p) {
        return UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR)
                || p.proposer().equals(me) || (p.drafting() != null && p.drafting().drafters().contains(me));
    }

    private boolean patentsDeclaredOn(StandardProject p) {
        return patents.ofStandard(me, tenant, p.id(), PageRequest.first(1)).total() > 0;
    }

    private AuditEventsGrid history(StandardId id) {
        AuditEventsGrid grid = new AuditEventsGrid(false);
        grid.setId("standard-history");
        grid.setItems(query -> audit.history(me, tenant, StandardService.SUBJECT, id.value(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) audit.history(me, tenant, StandardService.SUBJECT, id.value(), PageRequest.first(1)).total());
        grid.setHeight("24em");
        return grid;
    }

    private Component nextAction(StandardProject p) {
        NextAction next = NextAction.of(p);
        Div box = new Div();
        box.setId("next-action");
        box.addClassName("tb-card");
        if (next == null) {
            box.setText(getTranslation("standards.nothingPending"));
            return box;
        }
        String who = next.who().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
        box.setText(getTranslation("standards.nextAction", who, getTranslation("action." + next.action()))
                + (next.due() == null ? "" : getTranslation("standards.due", next.due().toString())));
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · 团标通";
    }
}
