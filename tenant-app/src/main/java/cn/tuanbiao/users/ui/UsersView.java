package cn.tuanbiao.users.ui;

import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.domain.PendingInvitation;
import cn.tuanbiao.users.service.MemberService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The organization's users and their roles; administrators invite, change roles, suspend. */
@Prototype
@Route(value = "users", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private final MemberService members;
    private final PersonId me;
    private final TenantId tenant;
    private final boolean administrator;
    private final Grid<Member> grid = new Grid<>();
    private final Grid<PendingInvitation> pending = new Grid<>();
    private final TextField search = new TextField();

    public UsersView(MemberService members) {
        this.members = members;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        this.administrator = UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
        setSizeFull();
        add(new H2(getTranslation("users.title")));
        if (tenant == null) {
            return;
        }
        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("20em");
        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.PLUS.create(),
                click -> new InviteDialog((email, name, roles) -> members.invite(me, tenant, email, name, roles),
                        this::refresh).open());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setVisible(administrator);
        add(new HorizontalLayout(search, invite));
        configureGrid();
        add(grid);
        if (administrator) {
            configurePending();
            add(new H3(getTranslation("users.pending")), pending);
        }
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(Member::displayName).setHeader(getTranslation("field.displayName")).setAutoWidth(true);
        grid.addColumn(Member::email).setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addColumn(m -> RoleLabels.of(this, m.roles())).setHeader(getTranslation("field.roles")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("status." + m.status().name())).setHeader(getTranslation("field.status"));
        grid.addColumn(m -> DATE.format(m.joinedAt())).setHeader(getTranslation("field.joinedAt"));
        if (administrator) {
            grid.addComponentColumn(this::actions).setAutoWidth(true);
        }
        grid.setItems(query -> members.list(me, tenant, search.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) members.list(me, tenant, search.getValue(), PageRequest.first(1)).total());
    }

    private void configurePending() {
        pending.setId("pending-invitations");
        pending.setAllRowsVisible(true);
        pending.addColumn(PendingInvitation::displayName).setHeader(getTranslation("field.displayName"));
        pending.addColumn(PendingInvitation::email).setHeader(getTranslation("field.email"));
        pending.addColumn(i -> RoleLabels.of(this, i.roles())).setHeader(getTranslation("field.roles"));
        pending.addColumn(i -> DATE.format(i.expiresAt())).setHeader(getTranslation("users.expiresAt"));
        pending.setItems(query -> members.pendingInvitations(me, tenant,
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) members.pendingInvitations(me, tenant, PageRequest.first(1)).total());
    }

    private HorizontalLayout actions(Member member) {
        Button roles = new Button(getTranslation("users.editRoles"), click -> editRoles(member));
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean active = member.status() == MembershipStatus.ACTIVE;
        Button status = new Button(getTranslation(active ? "users.suspend" : "users.reactivate"), click -> {
            try {
                members.setStatus(me, tenant, member.person(), active ? MembershipStatus.SUSPENDED : MembershipStatus.ACTIVE);
                refresh();
            } catch (InvalidInputException e) {
                new FormErrors(this).show(e);
            }
        });
        status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(roles, status);
    }

    private void editRoles(Member member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.editRoles") + " · " + member.displayName());
        CheckboxGroup<OrganizationRole> roles = new CheckboxGroup<>(getTranslation("field.roles"));
        roles.setItems(OrganizationRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(member.roles());
        FormErrors errors = new FormErrors(dialog).field("roles", roles);
        dialog.add(roles);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                members.changeRoles(me, tenant, member.person(), roles.getValue());
                dialog.close();
                refresh();
                FormErrors.Notifications.success(getTranslation("users.saved"));
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        pending.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · 团标通";
    }
}
