package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.PublicView;
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
 * A complaint as its complainant from the public follows it (PART-6), opened with the key from
 * the receipt e-mail: status, deadlines, the organization's decisions, and — once the case is
 * concluded or overdue — the escalation to a supervisory authority and its handling.
 */
@Prototype
@PublicView
@Route("complaints/:code/:id")
public class PublicCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicCatalogue catalogue;
    private final PublicComplaints complaints;
    private final CaseService cases;
    private String title = "";

    public PublicCaseView(PublicCatalogue catalogue, PublicComplaints complaints, CaseService cases) {
        this.catalogue = catalogue;
        this.complaints = complaints;
        this.cases = cases;
        addClassName("tb-public");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getLocation().getQueryParameters().getParameters().getOrDefault("key", List.of())
                .stream().findFirst().orElse(null);
        try {
            PublicOrganization organization = catalogue.organization(event.getRouteParameters().get("code").orElse(""));
            show(organization, new CaseId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))), key);
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new Paragraph(getTranslation(key == null ? "publicComplaint.openWithKey" : "cases.notFound")));
        }
    }

    private void show(PublicOrganization organization, CaseId id, String key) {
        removeAll();
        Case c = complaints.status(organization, id, key);
        title = c.number();
        add(new H2(getTranslation("publicComplaint.pageTitle", organization.nameZh())));
        Div facts = new Div();
        facts.addClassName("tb-card");
        Paragraph status = new Paragraph(getTranslation("publicComplaint.statusLine", c.number(), c.filing().title(),
                getTranslation("caseStatus." + c.status().name())));
        status.setId("public-case-status");
        facts.add(status);
        if (c.nextDeadline() != null) {
            facts.add(new Paragraph(getTranslation("publicComplaint.nextDeadline",
                    getTranslation("caseLimit." + c.pendingLimit().name()), c.nextDeadline())
                    + (c.overdue(cases.today()) ? " · " + getTranslation("cases.overdue") : "")));
        }
        if (c.progress().scopeReason() != null) {
            facts.add(new Paragraph(getTranslation("cases.scopeReason", c.progress().scopeReason())));
        }
        if (c.progress().outcome() != null) {
            facts.add(new Paragraph(getTranslation("cases.outcomeLine",
                    getTranslation("caseOutcome." + c.progress().outcome().name()), c.progress().outcomeReasons())));
        }
        var escalation = c.progress().escalation();
        if (escalation != null) {
            Paragraph escalated = new Paragraph(EscalationForm.progress(this, escalation));
            escalated.setId("public-case-escalation");
            facts.add(escalated);
        }
        add(facts);
        boolean escalatable = (escalation == null || !escalation.delivered())
                && (c.status().concluded() || c.overdue(cases.today()));
        if (escalatable) {
            add(escalationForm(organization, c, key));
        }
    }

    private VerticalLayout escalationForm(PublicOrganization organization, Case c, String key) {
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("cases.escalate")),
                new EscalationForm(complaints.authorities(organization, c.id(), key),
                        (authority, reason) -> complaints.escalate(organization, c.id(), key, authority, reason), () -> {
                            Notifications.success(getTranslation("cases.escalated", c.number()));
                            show(organization, c.id(), key);
                        }));
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
