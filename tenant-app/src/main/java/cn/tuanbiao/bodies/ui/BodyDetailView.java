package cn.tuanbiao.bodies.ui;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.domain.StakeholderBalance;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

/** One body: its mandate, who sits in it for which term, and its stakeholder balance (ORG-3, ORG-4). */
@Prototype
@Route(value = "bodies/:id", layout = MainLayout.class)
public class BodyDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BodyService bodies;
    private final MemberRegister register;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Seat> seats = new Grid<>();
    private final Checkbox includeFormer = new Checkbox();
    private final Span balance = new Span();
    private Body body;

    public BodyDetailView(BodyService bodies, MemberRegister register) {
        this.bodies = bodies;
        this.register = register;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            body = bodies.get(me, tenant, new BodyId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
            show();
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new Paragraph(getTranslation("bodies.notFound")));
        }
    }

    private void show() {
        H2 heading = new H2(body.nameZh());
        heading.setId("body-title");
        Span type = new Span(getTranslation("bodyType." + body.type().name()) + " · "
                + getTranslation("bodyKind." + body.kind().name()));
        type.getElement().getThemeList().add("badge");
        add(heading, type);
        if (body.mandate() != null) {
            add(new Paragraph(body.mandate()));
        }
        balance.setId("body-balance");
        add(new H3(getTranslation("bodies.balance")), balance);

        Button appoint = new Button(getTranslation("bodies.appoint"), VaadinIcon.PLUS.create(), click -> appointDialog().open());
        appoint.setId("appoint-seat");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        includeFormer.setLabel(getTranslation("bodies.filter.includeFormer"));
        includeFormer.addValueChangeListener(e -> refresh());
        HorizontalLayout tools = new HorizontalLayout(includeFormer, appoint);
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3(getTranslation("bodies.seats")), tools);

        seats.setId("seats-grid");
        seats.addColumn(Seat::holderName).setHeader(getTranslation("bodies.column.holder")).setFlexGrow(1);
        seats.addColumn(s -> getTranslation("seatRole." + s.role().name())).setHeader(getTranslation("bodies.column.role"))
                .setAutoWidth(true);
        seats.addColumn(s -> s.votingRight() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("bodies.column.votingRight")).setAutoWidth(true);
        seats.addColumn(s -> s.termStarts() + " — " + (s.endedOn() != null ? s.endedOn() : s.termEnds()))
                .setHeader(getTranslation("bodies.column.term")).setAutoWidth(true);
        seats.setItems(query -> bodies.seats(me, tenant, body.id(), includeFormer.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) bodies.seats(me, tenant, body.id(), includeFormer.getValue(), PageRequest.first(1)).total());
        add(seats);
        refresh();
    }

    private void refresh() {
        seats.getDataProvider().refreshAll();
        StakeholderBalance b = bodies.balance(me, tenant, body.id());
        String categories = b.seatsByCategory().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> getTranslation("stakeholder." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
        balance.setText(getTranslation("bodies.balanceSummary", b.seats(), b.votingRights(), b.foreignInvested(),
                categories.isEmpty() ? "—" : categories, b.unaffiliated()));
    }

    private Dialog appointDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bodies.appoint"));
        TextField holder = new TextField(getTranslation("field.holderName"));
        holder.setId("seat-holder");
        ComboBox<RegisteredMember> member = new ComboBox<>(getTranslation("field.representedMember"));
        member.setItems(query -> register.list(me, tenant, null, null, query.getFilter().orElse(""), false,
                new PageRequest(query.getOffset(), query.getLimit())).items().stream());
        member.setItemLabelGenerator(m -> m.name() + (m.foreignInvested() ? "（" + getTranslation("field.foreignInvested") + "）" : ""));
        member.setId("seat-member");
        ComboBox<SeatRole> role = new ComboBox<>(getTranslation("field.seatRole"), SeatRole.values());
        role.setItemLabelGenerator(r -> getTranslation("seatRole." + r.name()));
        role.setValue(SeatRole.MEMBER);
        role.setId("seat-role");
        Checkbox votingRight = new Checkbox(getTranslation("field.votingRight"), true);
        votingRight.setId("seat-votingRight");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DatePicker termStarts = new DatePicker(getTranslation("field.termStarts"), today);
        DatePicker termEnds = new DatePicker(getTranslation("field.termEnds"), today.plusYears(SeatAppointment.LONGEST_TERM_YEARS));
        role.addValueChangeListener(e -> {
            if (e.getValue() == SeatRole.OBSERVER) {
                votingRight.setValue(false);
            }
        });
        FormErrors errors = new FormErrors(dialog).field("holderName", holder).field("member", member).field("role", role)
                .field("termStarts", termStarts).field("termEnds", termEnds);
        dialog.add(new FormLayout(holder, member, role, votingRight, termStarts, termEnds));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                bodies.appoint(me, tenant, body.id(), new SeatAppointment(holder.getValue(),
                        member.getValue() == null ? null : member.getValue().id(), null, role.getValue(),
                        votingRight.getValue(), termStarts.getValue(), termEnds.getValue()));
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("seat-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return (body == null ? getTranslation("bodies.title") : body.nameZh()) + " · 团标通";
    }
}
