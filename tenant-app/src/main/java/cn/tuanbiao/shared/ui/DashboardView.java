package cn.tuanbiao.shared.ui;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.standards.ui.StandardsDashboardPanel;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.MemberService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.stream.Collectors;

/** The first page after sign-in: the organization one works in, one's roles and a few figures. */
@Prototype
@Route(value = "", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(OrganizationDirectory directory, MemberService members, StandardService standards) {
        UiSession.SignedIn me = UiSession.requireSignedIn();
        H2 title = new H2(getTranslation("dashboard.welcome", me.displayName()));
        title.setId("dashboard-title");
        add(title);
        UiSession.organization().ifPresentOrElse(current -> {
            Organization organization = directory.own(me.person(), current.tenant());
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.getStyle().set("gap", "var(--lumo-space-m)");
            cards.add(card("dashboard.organization", organization.nameZh(),
                    getTranslation("kind." + organization.kind().name()) + " · T/" + organization.code().value()));
            cards.add(card("dashboard.yourRoles", roles(current), ""));
            cards.add(card("dashboard.members",
                    String.valueOf(members.list(me.person(), current.tenant(), null, PageRequest.first(1)).total()), ""));
            if (current.roles().contains(OrganizationRole.ADMINISTRATOR)) {
                cards.add(card("dashboard.pendingInvitations", String.valueOf(
                        members.pendingInvitations(me.person(), current.tenant(), PageRequest.first(1)).total()), ""));
            }
            cards.add(card("dashboard.region", organization.region().provinceName(), organization.region().value()));
            cards.add(card("dashboard.industry", organization.industry().sectionName(), organization.industry().value()));
            add(cards);
            add(new StandardsDashboardPanel(standards, me.person(), current.tenant()));
        }, () -> add(new Paragraph(getTranslation("header.noOrganization"))));
        if (me.operator()) {
            FlexLayout platform = new FlexLayout(card("dashboard.platformOrganizations",
                    String.valueOf(directory.search(me.person(), null, null, PageRequest.first(1)).total()),
                    getTranslation("nav.organizations")));
            add(platform);
        }
    }

    private String roles(MyOrganization organization) {
        return organization.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    private Div card(String labelKey, String value, String detail) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tb-card-label");
        Div valueText = new Div(value);
        valueText.addClassName("tb-card-value");
        Div card = new Div(label, valueText, new Div(detail));
        card.addClassName("tb-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · 团标通";
    }
}
