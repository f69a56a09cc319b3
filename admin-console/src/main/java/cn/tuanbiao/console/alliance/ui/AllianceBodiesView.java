package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AllianceBodyKind;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.domain.ParticipantRole;
import cn.tuanbiao.console.alliance.service.AllianceBodies;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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

import java.time.LocalDate;
import java.util.List;

/**
 * 联盟秘书处 · 专业委员会与工作组 (SUP-1): the alliance's committees and working groups (paged), setting one
 * up; a click shows its participants — people of current member organizations with their role and
 * period — where the secretariat adds a person or records one leaving. Exportable to Excel.
 */
@Prototype
@Route(value = "alliance/bodies", layout = MainLayout.class)
public class AllianceBodiesView extends VerticalLayout implements HasDynamicTitle {

    private final AllianceBodies bodies;
    private final AllianceSecretariat secretariat;
    private final PersonId me;
    private final TenantId alliance;
    private final Grid<AllianceBody> grid = new Grid<>();
    private final Div detail = new Div();

    public AllianceBodiesView(AllianceBodies bodies, AllianceSecretariat secretariat, AllianceExports exports) {
        this.bodies = bodies;
        this.secretariat = secretariat;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.bodies.title")), new Paragraph(getTranslation("alliance.bodies.intro")));
        if (alliance == null) {
            return;
        }
        try {
            bodies.bodies(me, alliance, PageRequest.first(1));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        String name = secretariat.allianceName(alliance);
        add(establishForm(), Downloads.link(getTranslation("alliance.bodies.export"), "联盟专业委员会和工作组.xlsx",
                AllianceExports.EXCEL, out -> exports.writeExcel(List.of(exports.participantsTable(name,
                        bodies.allParticipants(me, alliance))), out)));
        grid.setId("alliance-bodies");
        grid.addColumn(b -> getTranslation("alliance.body.kind." + b.kind())).setHeader(getTranslation("alliance.body.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(AllianceBody::name).setHeader(getTranslation("alliance.body.field.name")).setAutoWidth(true);
        grid.addColumn(b -> b.remit() == null ? "" : b.remit()).setHeader(getTranslation("alliance.body.field.remit"))
                .setFlexGrow(1);
        grid.addColumn(AllianceBody::establishedOn).setHeader(getTranslation("alliance.body.field.establishedOn"))
                .setAutoWidth(true);
        grid.addColumn(AllianceBody::participants).setHeader(getTranslation("alliance.body.participants")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alliance.bodies.none"));
        grid.setHeight("16em");
        grid.addItemClickListener(click -> show(click.getItem()));
        detail.setWidthFull();
        detail.add(new Paragraph(getTranslation("alliance.body.choose")));
        add(grid, detail);
        refresh();
    }

    private Component establishForm() {
        Select<AllianceBodyKind> kind = new Select<>();
        kind.setLabel(getTranslation("alliance.body.field.kind"));
        kind.setItems(AllianceBodyKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("alliance.body.kind." + k));
        kind.setValue(AllianceBodyKind.COMMITTEE);
        TextField name = new TextField(getTranslation("alliance.body.field.name"));
        name.setId("alliance-body-name");
        name.setWidth("16em");
        TextField remit = new TextField(getTranslation("alliance.body.field.remit"));
        remit.setWidth("24em");
        DatePicker establishedOn = new DatePicker(getTranslation("alliance.body.field.establishedOn"), secretariat.today());
        FormErrors errors = new FormErrors(this).field("kind", kind).field("name", name).field("remit", remit)
                .field("establishedOn", establishedOn);
        Button establish = new Button(getTranslation("alliance.bodies.establish"), click -> {
            try {
                AllianceBody body = bodies.establish(me, alliance, new BodyDraft(kind.getValue(), name.getValue(),
                        remit.getValue(), establishedOn.getValue()));
                FormErrors.Notifications.success(getTranslation("alliance.bodies.established", body.name()));
                errors.clear();
                name.clear();
                remit.clear();
                refresh();
                show(body);
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        establish.setId("alliance-body-establish");
        establish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(kind, name, remit, establishedOn, establish);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("alliance.bodies.new")), row);
        form.setPadding(false);
        return form;
    }

    private void show(AllianceBody body) {
        detail.removeAll();
        H3 title = new H3(getTranslation("alliance.body.participantsOf", body.name()));
        title.setId("alliance-body-title");
        detail.add(title);
        Grid<Participant> participants = participantsGrid(bodies, me, alliance, secretariat.today(), () -> show(body));
        participants.setId("alliance-body-participants");
        long total = bodies.participants(me, alliance, body.id(), PageRequest.first(1)).total();
        participants.setItems(query -> bodies.participants(me, alliance, body.id(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
        detail.add(participantForm(bodies, me, alliance, this, List.of(body), bodies.currentMembers(me, alliance),
                secretariat.today(), () -> {
                    refresh();
                    show(body);
                }), participants);
    }

    /** The participants grid shared with the member's page: who, from where, role, period, and 记录退出. */
    static Grid<Participant> participantsGrid(AllianceBodies bodies, PersonId me, TenantId alliance, LocalDate today,
                                            Runnable changed) {
        Grid<Participant> grid = new Grid<>();
        grid.addColumn(Participant::personName).setHeader(grid.getTranslation("alliance.body.field.personName"))
                .setAutoWidth(true);
        grid.addColumn(Participant::memberName).setHeader(grid.getTranslation("alliance.body.field.member"))
                .setFlexGrow(1);
        grid.addColumn(p -> p.position() == null ? "" : p.position())
                .setHeader(grid.getTranslation("alliance.body.field.position")).setAutoWidth(true);
        grid.addColumn(Participant::bodyName).setHeader(grid.getTranslation("alliance.body.field.body")).setAutoWidth(true);
        grid.addColumn(p -> grid.getTranslation("alliance.body.role." + p.role()))
                .setHeader(grid.getTranslation("alliance.body.field.role")).setAutoWidth(true);
        grid.addColumn(Participant::joinedOn).setHeader(grid.getTranslation("alliance.body.field.joinedOn")).setAutoWidth(true);
        grid.addColumn(p -> p.leftOn() == null ? grid.getTranslation("alliance.body.current") : p.leftOn().toString())
                .setHeader(grid.getTranslation("alliance.body.field.leftOn")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            if (!p.current()) {
                return new Div();
            }
            DatePicker on = new DatePicker();
            on.setValue(today);
            on.setWidth("9em");
            Button leave = new Button(grid.getTranslation("alliance.body.leave"), click -> {
                try {
                    bodies.recordLeft(me, alliance, p.id(), on.getValue());
                    FormErrors.Notifications.success(grid.getTranslation("alliance.body.left", p.personName()));
                    changed.run();
                } catch (InvalidInputException e) {
                    FormErrors.Notifications.error(grid.getTranslation(e.problems().get(0).messageKey(),
                            e.problems().get(0).arguments().toArray()));
                } catch (AccessDeniedException e) {
                    FormErrors.Notifications.error(grid.getTranslation(e.messageKey()));
                }
            });
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout cell = new HorizontalLayout(on, leave);
            cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            return cell;
        }).setAutoWidth(true);
        grid.setEmptyStateText(grid.getTranslation("alliance.body.none"));
        grid.setHeight("16em");
        return grid;
    }

    /**
     * The form adding a person to one of {@code choices} (one body on this page, any body on a member's
     * page), from one of {@code members} (every current member here, the member itself there).
     */
    static Component participantForm(AllianceBodies bodies, PersonId me, TenantId alliance, Component owner,
                                     List<AllianceBody> choices, List<MemberLink> members, LocalDate today,
                                     Runnable added) {
        Select<AllianceBody> body = new Select<>();
        body.setId("alliance-participant-body");
        body.setLabel(owner.getTranslation("alliance.body.field.body"));
        body.setItems(choices);
        body.setItemLabelGenerator(b -> b == null ? "" : b.name());
        if (choices.size() == 1) {
            body.setValue(choices.get(0));
        }
        Select<MemberLink> member = new Select<>();
        member.setId("alliance-participant-member");
        member.setLabel(owner.getTranslation("alliance.body.field.member"));
        member.setItems(members);
        member.setItemLabelGenerator(m -> m == null ? "" : m.nameZh());
        if (members.size() == 1) {
            member.setValue(members.get(0));
        }
        TextField name = new TextField(owner.getTranslation("alliance.body.field.personName"));
        name.setId("alliance-participant-name");
        TextField position = new TextField(owner.getTranslation("alliance.body.field.position"));
        Select<ParticipantRole> role = new Select<>();
        role.setId("alliance-participant-role");
        role.setLabel(owner.getTranslation("alliance.body.field.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : owner.getTranslation("alliance.body.role." + r));
        body.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                role.setItems(ParticipantRole.of(change.getValue().kind()));
            }
        });
        if (body.getValue() != null) {
            role.setItems(ParticipantRole.of(body.getValue().kind()));
        }
        DatePicker joinedOn = new DatePicker(owner.getTranslation("alliance.body.field.joinedOn"), today);
        FormErrors errors = new FormErrors(owner).field("member", member).field("personName", name)
                .field("position", position).field("role", role).field("joinedOn", joinedOn);
        Button add = new Button(owner.getTranslation("alliance.body.add"), click -> {
            if (body.getValue() == null) {
                FormErrors.Notifications.error(owner.getTranslation("alliance.body.field.body") + "："
                        + owner.getTranslation("validation.required"));
                return;
            }
            try {
                Participant p = bodies.addParticipant(me, alliance, body.getValue().id(), new ParticipantDraft(
                        member.getValue() == null ? null : member.getValue().organization(), name.getValue(),
                        position.getValue(), role.getValue(), joinedOn.getValue()));
                FormErrors.Notifications.success(owner.getTranslation("alliance.body.added", p.personName(), p.bodyName()));
                errors.clear();
                name.clear();
                position.clear();
                added.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(owner.getTranslation(e.messageKey()));
            }
        });
        add.setId("alliance-participant-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(body, member, name, position, role, joinedOn, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void refresh() {
        long total = bodies.bodies(me, alliance, PageRequest.first(1)).total();
        grid.setItems(query -> bodies.bodies(me, alliance, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.bodies.title") + " · 团标通";
    }
}
