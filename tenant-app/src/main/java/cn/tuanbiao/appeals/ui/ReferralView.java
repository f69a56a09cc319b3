package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.service.ReferralService;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One referred case as the supervisory authority received it (SUP-2): the organization, the case
 * number, kind and summary, the outcome so far, the case's timeline up to the escalation, the
 * complainant's reason; and the authority's handling, recorded forward only.
 */
@Prototype
@Route(value = "supervision/complaints/:id", layout = MainLayout.class)
public class ReferralView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReferralService referrals;
    private final PersonId me;
    private final TenantId authority;
    private String title = "";

    public ReferralView(ReferralService referrals) {
        this.referrals = referrals;
        this.me = UiSession.requireSignedIn().person();
        this.authority = UiSession.tenant().orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("referrals.notFound")));
        }
    }

    private void show(UUID id) {
        removeAll();
        Referral r = referrals.get(me, authority, id);
        title = r.caseNumber();
        H2 heading = new H2(r.title());
        heading.setId("referral-title");
        Span status = CasesView.badge(getTranslation("referralStatus." + r.status().name()), null);
        status.setId("referral-status");
        add(heading, new HorizontalLayout(new Span(r.caseNumber()), CasesView.badge(getTranslation("caseKind."
                + r.kind().name()), "contrast"), status));

        Div facts = new Div();
        facts.addClassName("tb-card");
        facts.add(new Paragraph(getTranslation("referrals.from", r.organizationName(), r.organizationCode(),
                CaseView.TIME.format(r.referredAt()))));
        String complainant = r.anonymous() ? getTranslation("referrals.anonymousWithAddress", r.complainantEmail())
                : r.complainantName() + (r.complainantEmail() == null ? "" : "（" + r.complainantEmail() + "）");
        facts.add(new Paragraph(getTranslation("referrals.complainant", complainant)));
        Paragraph description = new Paragraph(r.description());
        description.getStyle().set("white-space", "pre-wrap");
        facts.add(description);
        facts.add(new Paragraph(getTranslation("referrals.caseStatus", getTranslation("caseStatus." + r.caseStatus().name()))));
        if (r.scopeReason() != null) {
            facts.add(new Paragraph(getTranslation("cases.scopeReason", r.scopeReason())));
        }
        if (r.outcome() != null) {
            facts.add(new Paragraph(getTranslation("cases.outcomeLine", getTranslation("caseOutcome." + r.outcome().name()),
                    r.outcomeReasons())));
        }
        facts.add(new Paragraph(getTranslation("referrals.reason", r.escalationReason())));
        if (r.finding() != null) {
            Paragraph finding = new Paragraph(getTranslation("referrals.findingLine", r.finding()));
            finding.setId("referral-finding");
            facts.add(finding);
        }
        add(facts);
        if (r.status() != ReferralStatus.CONCLUDED) {
            add(handling(r));
        }

        add(new H3(getTranslation("cases.timeline")), new TimelineGrid("referral-timeline", r.timeline()));
    }

    private VerticalLayout handling(Referral r) {
        List<ReferralStatus> next = Arrays.stream(ReferralStatus.values()).filter(s -> s.compareTo(r.status()) > 0).toList();
        Select<ReferralStatus> status = new Select<>();
        status.setLabel(getTranslation("referrals.nextStatus"));
        status.setItems(next);
        status.setItemLabelGenerator(s -> getTranslation("referralStatus." + s.name()));
        status.setValue(next.get(0));
        status.setId("referral-next-status");
        TextArea finding = new TextArea(getTranslation("field.finding"));
        finding.setId("referral-finding-text");
        finding.setWidth("36em");
        FormErrors errors = new FormErrors(this).field("status", status).field("finding", finding);
        Button save = new Button(getTranslation("referrals.record"), click -> {
            try {
                referrals.record(me, authority, r.id(), status.getValue(), finding.getValue());
                Notifications.success(getTranslation("referrals.recorded", r.caseNumber()));
                show(r.id());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("referral-record");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("referrals.handling")), status, finding, save);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · 团标通";
    }
}
