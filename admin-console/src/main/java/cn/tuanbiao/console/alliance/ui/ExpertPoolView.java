package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.ExpertPool;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 联盟专家库 (ORG-5, SUP-1): the pool by status and name with how often each expert was invited; council
 * members nominate experts of the members they belong to; the secretariat admits or declines each
 * nomination and sees the invitations.
 */
@Prototype
@Route(value = "alliance/experts", layout = MainLayout.class)
public class ExpertPoolView extends VerticalLayout implements HasDynamicTitle {

    private final ExpertPool pool;
    private final PersonId me;
    private final TenantId alliance;
    private final Grid<Expert> grid = new Grid<>();
    private final Select<ExpertStatus> status = new Select<>();
    private final boolean secretariat;

    public ExpertPoolView(ExpertPool pool, AllianceSecretariat roster, AllianceExports exports) {
        this.pool = pool;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        this.secretariat = UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
        setWidthFull();
        add(new H2(getTranslation("alliance.experts.title")), new Paragraph(getTranslation("alliance.experts.intro")));
        if (alliance == null) {
            return;
        }
        try {
            pool.pool(me, alliance, null, PageRequest.first(1));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        if (UiSession.hasRole(OrganizationRole.COUNCIL_MEMBER)) {
            add(nominationForm());
        }
        status.setLabel(getTranslation("supervision.column.status"));
        status.setItems(ExpertStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("alliance.experts.anyStatus")
                : getTranslation("alliance.expert.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("alliance.experts.anyStatus"));
        status.addValueChangeListener(change -> refresh());
        HorizontalLayout tools = new HorizontalLayout(status);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (secretariat) {
            String name = roster.allianceName(alliance);
            tools.add(Downloads.link(getTranslation("alliance.experts.title") + " · "
                    + getTranslation("supervision.export.excel"), "联盟共享专家库.xlsx", AllianceExports.EXCEL,
                    out -> exports.writeExcel(List.of(exports.expertsTable(name, pool.allExperts(me, alliance))), out)));
        }
        grid.setId("alliance-experts");
        grid.addColumn(Expert::name).setHeader(getTranslation("alliance.expert.name")).setAutoWidth(true);
        grid.addColumn(Expert::field).setHeader(getTranslation("alliance.expert.field")).setFlexGrow(1);
        grid.addColumn(e -> e.title() == null ? "" : e.title()).setHeader(getTranslation("alliance.expert.titleField"))
                .setAutoWidth(true);
        grid.addColumn(Expert::memberName).setHeader(getTranslation("alliance.expert.member")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("alliance.expert.status." + e.status().name()))
                .setHeader(getTranslation("supervision.column.status")).setAutoWidth(true);
        grid.addColumn(Expert::nominatedByName).setHeader(getTranslation("alliance.expert.nominatedBy")).setAutoWidth(true);
        grid.addColumn(Expert::invitations).setHeader(getTranslation("alliance.expert.invitations")).setAutoWidth(true);
        if (secretariat) {
            grid.addComponentColumn(this::decision).setAutoWidth(true);
        }
        grid.setHeight("24em");
        grid.setEmptyStateText(getTranslation("alliance.experts.none"));
        add(tools, grid);
        refresh();
        if (secretariat) {
            Grid<Invitation> invitations = new Grid<>();
            invitations.setId("alliance-invitations");
            invitations.addColumn(i -> AllianceConventionView.TIME.format(i.invitedAt()))
                    .setHeader(getTranslation("alliance.invitation.invitedAt")).setAutoWidth(true);
            invitations.addColumn(Invitation::expertName).setHeader(getTranslation("alliance.expert.name")).setAutoWidth(true);
            invitations.addColumn(Invitation::memberName).setHeader(getTranslation("alliance.invitation.member"))
                    .setFlexGrow(1);
            invitations.addColumn(i -> i.reviewOn() == null ? "" : i.reviewOn().toString())
                    .setHeader(getTranslation("alliance.invitation.reviewOn")).setAutoWidth(true);
            long total = pool.invitations(me, alliance, null, PageRequest.first(1)).total();
            invitations.setItems(query -> pool.invitations(me, alliance, null,
                    new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
            invitations.setHeight("14em");
            add(new H3(getTranslation("alliance.invitations.title")), invitations);
        }
    }

    private VerticalLayout nominationForm() {
        Select<MemberLink> member = new Select<>();
        member.setLabel(getTranslation("alliance.expert.member"));
        member.setItems(pool.nominableMembers(me, alliance));
        member.setItemLabelGenerator(m -> m == null ? "" : m.nameZh());
        TextField name = new TextField(getTranslation("alliance.expert.name"));
        name.setId("alliance-nominee-name");
        TextField field = new TextField(getTranslation("alliance.expert.field"));
        field.setWidth("20em");
        TextField title = new TextField(getTranslation("alliance.expert.titleField"));
        FormErrors errors = new FormErrors(this).field("name", name).field("field", field).field("title", title);
        Button nominate = new Button(getTranslation("alliance.experts.nominate"), click -> {
            errors.clear();
            try {
                pool.nominate(me, alliance, new Nomination(member.getValue() == null ? null
                        : member.getValue().organization(), name.getValue(), field.getValue(), title.getValue()));
                FormErrors.Notifications.success(getTranslation("alliance.experts.nominated", name.getValue()));
                name.clear();
                field.clear();
                title.clear();
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        nominate.setId("alliance-nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(member, name, field, title, nominate);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("alliance.experts.nominateTitle")),
                new Paragraph(getTranslation("alliance.experts.quota", Expert.NOMINATIONS_PER_COUNCIL_MEMBER)), row);
        form.setPadding(false);
        return form;
    }

    private HorizontalLayout decision(Expert expert) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (expert.status() != ExpertStatus.NOMINATED) {
            return buttons;
        }
        Button admit = new Button(getTranslation("alliance.experts.admit"), click -> decide(expert, true));
        admit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("alliance.experts.decline"), click -> decide(expert, false));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(admit, decline);
        return buttons;
    }

    private void decide(Expert expert, boolean admit) {
        try {
            pool.decide(me, alliance, expert.id(), admit, null);
            refresh();
        } catch (InvalidInputException e) {
            FormErrors.Notifications.error(getTranslation(e.problems().get(0).messageKey()));
        } catch (AccessDeniedException e) {
            FormErrors.Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private void refresh() {
        ExpertStatus wanted = status.getValue();
        long total = pool.pool(me, alliance, wanted, PageRequest.first(1)).total();
        grid.setItems(query -> pool.pool(me, alliance, wanted, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.experts.title") + " · 团标通";
    }

}
