package cn.tuanbiao.standards.ui;

import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.domain.StandardsOverview;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.LocalDate;

/**
 * The standards part of the dashboard: projects in progress, what awaits the signed-in person,
 * and periodic reviews overdue or falling due soon (LC-6), each a link to the project.
 */
public class StandardsDashboardPanel extends VerticalLayout {

    private static final int SHOWN = 5;

    public StandardsDashboardPanel(StandardService standards, PersonId me, TenantId tenant) {
        setPadding(false);
        StandardsOverview overview = standards.overview(me, tenant);
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("dashboard.inProgress", overview.inProgress(), "dashboard-in-progress", false));
        cards.add(card("dashboard.awaitingMe", overview.awaitingMe(), "dashboard-awaiting-me", false));
        cards.add(card("dashboard.published", overview.published(), "dashboard-published", false));
        cards.add(card("dashboard.reviewsOverdue", overview.reviewsOverdue(), "dashboard-reviews-overdue",
                overview.reviewsOverdue() > 0));
        add(cards);

        LocalDate today = standards.today();
        add(new H3(getTranslation("dashboard.todo")));
        Page<StandardSummary> awaiting = standards.awaitingMe(me, tenant, PageRequest.first(SHOWN));
        add(list("dashboard-todo", awaiting, s -> getTranslation("stage." + s.stage().name())
                + (s.stage() == Stage.COMMENT_PERIOD ? " · " + getTranslation("dashboard.closes", s.commentCloses()) : ""),
                "dashboard.nothingToDo"));
        add(new H3(getTranslation("dashboard.reviewsDue", StandardService.REVIEW_NOTICE_DAYS)));
        Page<StandardSummary> due = standards.reviewsDue(me, tenant, PageRequest.first(SHOWN));
        add(list("dashboard-reviews", due, s -> s.number() + " · " + getTranslation(
                s.reviewDue().isBefore(today) ? "dashboard.overdueSince" : "dashboard.dueOn", s.reviewDue()),
                "dashboard.noReviewsDue"));
    }

    private Div list(String id, Page<StandardSummary> page, java.util.function.Function<StandardSummary, String> detail,
                     String emptyKey) {
        Div box = new Div();
        box.setId(id);
        if (page.items().isEmpty()) {
            box.add(new Paragraph(getTranslation(emptyKey)));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (StandardSummary s : page.items()) {
            RouterLink link = new RouterLink(s.titleZh(), StandardDetailView.class, new RouteParameters("id", s.id().toString()));
            list.add(new ListItem(link, new Span(" · " + detail.apply(s))));
        }
        box.add(list);
        if (page.total() > page.items().size()) {
            box.add(new RouterLink(getTranslation("dashboard.allOf", page.total()), StandardsView.class));
        }
        return box;
    }

    private Div card(String labelKey, int value, String id, boolean alarming) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tb-card-label");
        Div valueText = new Div(String.valueOf(value));
        valueText.addClassName("tb-card-value");
        valueText.setId(id);
        if (alarming) {
            valueText.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Div card = new Div(label, valueText);
        card.addClassName("tb-card");
        return card;
    }
}
