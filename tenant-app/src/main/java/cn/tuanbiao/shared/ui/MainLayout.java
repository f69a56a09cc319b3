package cn.tuanbiao.shared.ui;

import cn.tuanbiao.appeals.ui.CasesView;
import cn.tuanbiao.appeals.ui.ReferralsView;
import cn.tuanbiao.audit.ui.AuditView;
import cn.tuanbiao.ballots.ui.MyBallotsView;
import cn.tuanbiao.bodies.ui.BodiesView;
import cn.tuanbiao.declarations.ui.PublicationStatesView;
import cn.tuanbiao.chambers.ui.ChamberReportView;
import cn.tuanbiao.chambers.ui.FeeRulesView;
import cn.tuanbiao.comments.ui.CommentsView;
import cn.tuanbiao.innovation.ui.CentresView;
import cn.tuanbiao.innovation.ui.OwnCentreView;
import cn.tuanbiao.meetings.ui.MeetingsView;
import cn.tuanbiao.members.ui.MembersView;
import cn.tuanbiao.notifications.ui.InboxBell;
import cn.tuanbiao.organizations.ui.OrganizationsView;
import cn.tuanbiao.patents.ui.PatentRegisterView;
import cn.tuanbiao.plans.ui.PlansView;
import cn.tuanbiao.policies.ui.PoliciesView;
import cn.tuanbiao.screening.ui.MandatoryStandardsView;
import cn.tuanbiao.practice.ui.GoodPracticeView;
import cn.tuanbiao.practice.ui.PracticeCatalogueView;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.ui.StandardsView;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.MyOrganizationsService;
import cn.tuanbiao.users.service.PersonService;
import cn.tuanbiao.users.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Locale;

/**
 * The workspace frame: navigation for every feature the signed-in person's organization and roles
 * open, the organization switcher, the language switch and sign-out.
 */
@Prototype
public class MainLayout extends AppLayout {

    private final MyOrganizationsService myOrganizations;
    private final PersonService people;

    public MainLayout(MyOrganizationsService myOrganizations, PersonService people, InboxBell inboxBell) {
        this.myOrganizations = myOrganizations;
        this.people = people;
        UiSession.SignedIn me = UiSession.requireSignedIn();
        List<MyOrganization> organizations = myOrganizations.of(me.person());
        chooseOrganization(organizations);

        Span brand = new Span(getTranslation("app.title"));
        brand.addClassName("tb-brand");
        HorizontalLayout tools = new HorizontalLayout(organizationSwitcher(organizations), inboxBell, languageSwitch(),
                new Span(me.displayName()), signOut());
        tools.addClassName("tb-header-tools");
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), brand, tools);
        addToDrawer(navigation(me));
        setPrimarySection(Section.DRAWER);
    }

    /** Keeps the chosen organization if the person still belongs to it, else takes their first one. */
    private static void chooseOrganization(List<MyOrganization> organizations) {
        MyOrganization current = UiSession.organization()
                .flatMap(chosen -> organizations.stream().filter(o -> o.tenant().equals(chosen.tenant())).findFirst())
                .orElse(organizations.isEmpty() ? null : organizations.get(0));
        UiSession.switchTo(current);
    }

    private Select<MyOrganization> organizationSwitcher(List<MyOrganization> organizations) {
        Select<MyOrganization> switcher = new Select<>();
        switcher.setId("organization-switcher");
        switcher.setAriaLabel(getTranslation("header.switchOrganization"));
        switcher.setItems(organizations);
        switcher.setItemLabelGenerator(o -> o.nameZh() + "（" + getTranslation("kind." + o.kind().name()) + "）");
        switcher.setEmptySelectionAllowed(false);
        UiSession.organization().ifPresent(switcher::setValue);
        switcher.setVisible(!organizations.isEmpty());
        switcher.setWidth("22em");
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UiSession.switchTo(event.getValue());
                // Everything on screen belongs to the previous organization: start afresh.
                UI.getCurrent().getPage().setLocation("/");
            }
        });
        return switcher;
    }

    private Button languageSwitch() {
        Button button = new Button(getTranslation("app.language.switch"), VaadinIcon.GLOBE.create());
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> {
            Locale next = Messages.ENGLISH.equals(UiSession.locale()) ? Messages.CHINESE : Messages.ENGLISH;
            UiSession.setLocale(next);
            people.setPreferredLocale(UiSession.requireSignedIn().person(), next);
            UI.getCurrent().getPage().reload();
        });
        return button;
    }

    private Button signOut() {
        Button button = new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create());
        button.setId("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> {
            UiSession.signOut();
            UI.getCurrent().getPage().setLocation("/signin");
        });
        return button;
    }

    private SideNav navigation(UiSession.SignedIn me) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        if (UiSession.organization().isPresent()) {
            SideNavItem work = new SideNavItem(getTranslation("nav.section.work"));
            work.setExpanded(true);
            work.addItem(new SideNavItem(getTranslation("nav.standards"), StandardsView.class, VaadinIcon.FILE_TEXT.create()));
            work.addItem(new SideNavItem(getTranslation("nav.comments"), CommentsView.class, VaadinIcon.COMMENTS.create()));
            work.addItem(new SideNavItem(getTranslation("nav.ballots"), MyBallotsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
            work.addItem(new SideNavItem(getTranslation("nav.meetings"), MeetingsView.class, VaadinIcon.GROUP.create()));
            work.addItem(new SideNavItem(getTranslation("nav.patents"), PatentRegisterView.class,
                    VaadinIcon.DIPLOMA.create()));
            work.addItem(new SideNavItem(getTranslation("nav.appeals"), CasesView.class, VaadinIcon.SCALE.create()));
            work.addItem(new SideNavItem(getTranslation("nav.publication"), PublicationStatesView.class,
                    VaadinIcon.UPLOAD.create()));
            nav.addItem(work);
            // the organization's public catalogue (PUB-3), as the public sees it
            UiSession.organization().ifPresent(o -> nav.addItem(new SideNavItem(getTranslation("catalogue.link"),
                    "catalogue/" + o.code(), VaadinIcon.GLOBE.create())));
            SideNavItem organization = new SideNavItem(getTranslation("nav.section.organization"));
            organization.setExpanded(true);
            organization.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            organization.addItem(new SideNavItem(getTranslation("nav.bodies"), BodiesView.class, VaadinIcon.SITEMAP.create()));
            organization.addItem(new SideNavItem(getTranslation("nav.members"), MembersView.class,
                    VaadinIcon.GROUP.create()));
            organization.addItem(new SideNavItem(getTranslation("policies.title"), PoliciesView.class,
                    VaadinIcon.BOOK.create()));
            organization.addItem(new SideNavItem(getTranslation("plans.title"), PlansView.class,
                    VaadinIcon.CALENDAR.create()));
            organization.addItem(new SideNavItem(getTranslation("nav.goodPractice"), GoodPracticeView.class,
                    VaadinIcon.STAR_O.create()));
            if (UiSession.hasRole(OrganizationRole.ADMINISTRATOR) || UiSession.hasRole(OrganizationRole.SECRETARIAT)) {
                organization.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class,
                        VaadinIcon.CLIPBOARD_CHECK.create()));
            }
            if (UiSession.organization().get().kind() == OrganizationKind.SUPERVISORY_AUTHORITY
                    && (UiSession.hasRole(OrganizationRole.INSPECTOR) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR))) {
                organization.addItem(new SideNavItem(getTranslation("nav.referrals"), ReferralsView.class,
                        VaadinIcon.INBOX.create()));
                // served by admin-console, which this module does not see (string routes)
                organization.addItem(new SideNavItem(getTranslation("nav.supervisionDashboard"),
                        "supervision/dashboard", VaadinIcon.CHART.create()));
                organization.addItem(new SideNavItem(getTranslation("nav.randomInspections"),
                        "supervision/inspections", VaadinIcon.RANDOM.create()));
                organization.addItem(new SideNavItem(getTranslation("nav.excellence"),
                        "supervision/excellence", VaadinIcon.TROPHY.create()));
                organization.addItem(new SideNavItem(getTranslation("nav.complianceRisks"),
                        "supervision/risks", VaadinIcon.WARNING.create()));
                organization.addItem(new SideNavItem(getTranslation("nav.violations"),
                        "supervision/violations", VaadinIcon.GAVEL.create()));
            }
            // SUP-3: a chamber's annual standardization report and its fee rules declaration
            if (UiSession.organization().get().kind() == OrganizationKind.CHAMBER_OF_COMMERCE) {
                organization.addItem(new SideNavItem(getTranslation("nav.chamberReport"), ChamberReportView.class,
                        VaadinIcon.FILE_TEXT_O.create()));
                organization.addItem(new SideNavItem(getTranslation("nav.feeRules"), FeeRulesView.class,
                        VaadinIcon.MONEY.create()));
            }
            nav.addItem(organization);
            OrganizationKind kind = UiSession.organization().get().kind();
            // SUP-1: the alliance's secretariat console and expert pool; a member's side of its alliances
            // (served by admin-console, which this module does not see: string routes)
            boolean runsIt = UiSession.hasRole(OrganizationRole.ADMINISTRATOR) || UiSession.hasRole(OrganizationRole.SECRETARIAT);
            if (kind == OrganizationKind.ALLIANCE && (runsIt || UiSession.hasRole(OrganizationRole.COUNCIL_MEMBER))) {
                SideNavItem alliance = new SideNavItem(getTranslation("nav.allianceSecretariat"));
                alliance.setExpanded(true);
                if (runsIt) {
                    alliance.addItem(new SideNavItem(getTranslation("nav.allianceMembers"), "alliance/members",
                            VaadinIcon.CLUSTER.create()));
                    alliance.addItem(new SideNavItem(getTranslation("nav.allianceConvention"), "alliance/convention",
                            VaadinIcon.HANDSHAKE.create()));
                    alliance.addItem(new SideNavItem(getTranslation("nav.allianceBodies"), "alliance/bodies",
                            VaadinIcon.GROUP.create()));
                    alliance.addItem(new SideNavItem(getTranslation("nav.allianceAwards"), "alliance/awards",
                            VaadinIcon.TROPHY.create()));
                    alliance.addItem(new SideNavItem(getTranslation("nav.allianceTrainings"), "alliance/trainings",
                            VaadinIcon.OPEN_BOOK.create()));
                }
                alliance.addItem(new SideNavItem(getTranslation("nav.allianceExperts"), "alliance/experts",
                        VaadinIcon.ACADEMY_CAP.create()));
                nav.addItem(alliance);
            } else if (kind.setsStandards() && kind != OrganizationKind.ALLIANCE) {
                organization.addItem(new SideNavItem(getTranslation("nav.myAlliances"), "alliance/memberships",
                        VaadinIcon.CONNECT.create()));
            }
            // SUP-5: the base keeps its centres' files; a centre reads its own
            if (kind == OrganizationKind.INNOVATION_BASE) {
                SideNavItem innovation = new SideNavItem(getTranslation("nav.innovation"));
                innovation.setExpanded(true);
                innovation.addItem(new SideNavItem(getTranslation("innovation.title"), CentresView.class,
                        VaadinIcon.CLUSTER.create()));
                nav.addItem(innovation);
            } else if (kind == OrganizationKind.INNOVATION_CENTRE) {
                SideNavItem innovation = new SideNavItem(getTranslation("nav.innovation"));
                innovation.setExpanded(true);
                innovation.addItem(new SideNavItem(getTranslation("nav.myCentre"), OwnCentreView.class,
                        VaadinIcon.CLUSTER.create()));
                nav.addItem(innovation);
            }
        }
        if (me.operator()) {
            SideNavItem platform = new SideNavItem(getTranslation("nav.section.platform"));
            platform.setExpanded(true);
            platform.addItem(new SideNavItem(getTranslation("nav.organizations"), OrganizationsView.class,
                    VaadinIcon.BUILDING.create()));
            platform.addItem(new SideNavItem(getTranslation("nav.mandatoryStandards"), MandatoryStandardsView.class,
                    VaadinIcon.SHIELD.create()));
            platform.addItem(new SideNavItem(getTranslation("nav.practiceCatalogue"), PracticeCatalogueView.class,
                    VaadinIcon.STAR.create()));
            // served by registry-sync's relay module, which this module does not see
            platform.addItem(new SideNavItem(getTranslation("registrySync.title"), "platform/registry-sync",
                    VaadinIcon.CLOUD_UPLOAD_O.create()));
            nav.addItem(platform);
        }
        return nav;
    }
}
