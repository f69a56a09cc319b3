package cn.tuanbiao.organizations.ui;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.organizations.service.OrganizationLinks;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.InvitationLinkDialog;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.OperatorOnly;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.time.LocalDate;

/** The operator's registry of organizations: search, onboard, invite administrators (ORG-1), link members and centres (SUP-1, SUP-5). */
@Prototype
@OperatorOnly
@Route(value = "platform/organizations", layout = MainLayout.class)
public class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationDirectory directory;
    private final OrganizationOnboarding onboarding;
    private final OrganizationLinks links;
    private final Clock clock;
    private final PersonId operator;
    private final Grid<OrganizationSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<OrganizationKind> kind = new Select<>();

    public OrganizationsView(OrganizationDirectory directory, OrganizationOnboarding onboarding, OrganizationLinks links,
                             Clock clock) {
        this.directory = directory;
        this.onboarding = onboarding;
        this.links = links;
        this.clock = clock;
        this.operator = UiSession.requireSignedIn().person();
        setSizeFull();
        add(new H2(getTranslation("orgs.title")));

        search.setId("organizations-search");
        search.setPlaceholder(getTranslation("orgs.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.setItems(OrganizationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("orgs.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("orgs.allKinds") : getTranslation("kind." + k.name()));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button onboard = new Button(getTranslation("orgs.onboard"), VaadinIcon.PLUS.create(),
                click -> new OnboardingDialog(profile -> onboarding.onboard(operator, profile), created -> {
                    grid.getDataProvider().refreshAll();
                    FormErrors.Notifications.success(getTranslation("orgs.created", created.nameZh()));
                    inviteAdministrator(created.id().value(), created.nameZh());
                }).open());
        onboard.setId("onboard-organization");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(search, kind, onboard));

        grid.setId("organizations-grid");
        grid.addColumn(OrganizationSummary::nameZh).setHeader(getTranslation("field.nameZh")).setFlexGrow(1);
        grid.addColumn(o -> "T/" + o.code()).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("kind." + o.kind().name())).setHeader(getTranslation("field.kind")).setAutoWidth(true);
        grid.addColumn(o -> RegionCode.provinceName(o.regionCode()).orElse("") + " " + o.regionCode())
                .setHeader(getTranslation("field.regionCode")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("status." + o.status())).setHeader(getTranslation("field.status"));
        grid.addComponentColumn(o -> {
            Button invite = new Button(getTranslation("orgs.inviteAdmin"), click -> inviteAdministrator(o.id().value(), o.nameZh()));
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button linksButton = new Button(getTranslation("orgLinks.title"),
                    click -> new OrganizationLinksDialog(links, operator, o, LocalDate.now(clock)).open());
            linksButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            linksButton.setId("links-" + o.code());
            return new HorizontalLayout(invite, linksButton);
        }).setAutoWidth(true);
        grid.setItems(query -> directory.search(operator, search.getValue(), kind.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) directory.search(operator, search.getValue(), kind.getValue(), PageRequest.first(1)).total());
        add(grid);
    }

    private void inviteAdministrator(java.util.UUID organization, String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("orgs.inviteAdmin") + " · " + name);
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setId("admin-email");
        TextField displayName = new TextField(getTranslation("field.displayName"));
        displayName.setId("admin-name");
        FormErrors errors = new FormErrors(dialog).field("email", email).field("displayName", displayName);
        dialog.add(new FormLayout(email, displayName));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                var issued = onboarding.inviteAdministrator(operator, new cn.tuanbiao.tenancy.TenantId(organization),
                        email.getValue(), displayName.getValue());
                dialog.close();
                new InvitationLinkDialog(issued).open();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("admin-invite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orgs.title") + " · 团标通";
    }
}
