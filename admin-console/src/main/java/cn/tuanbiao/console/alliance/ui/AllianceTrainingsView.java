package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.AllianceTrainings;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 联盟秘书处 · 培训活动 (SUP-1): the trainings (paged, latest first) with seats, registrations and
 * attendance, and scheduling one; a click shows who registered, where the secretariat records
 * attendance from the training's day on. Exportable to Excel.
 */
@Prototype
@Route(value = "alliance/trainings", layout = MainLayout.class)
public class AllianceTrainingsView extends VerticalLayout implements HasDynamicTitle {

    private final AllianceTrainings trainings;
    private final AllianceSecretariat secretariat;
    private final PersonId me;
    private final TenantId alliance;
    private final Grid<Training> grid = new Grid<>();
    private final Div detail = new Div();

    public AllianceTrainingsView(AllianceTrainings trainings, AllianceSecretariat secretariat, AllianceExports exports) {
        this.trainings = trainings;
        this.secretariat = secretariat;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.trainings.title")), new Paragraph(getTranslation("alliance.trainings.intro")));
        if (alliance == null) {
            return;
        }
        try {
            trainings.trainings(me, alliance, PageRequest.first(1));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        String name = secretariat.allianceName(alliance);
        add(scheduleForm(), Downloads.link(getTranslation("alliance.trainings.export"), "联盟培训活动.xlsx",
                AllianceExports.EXCEL, out -> exports.writeExcel(List.of(
                        exports.trainingsTable(name, trainings.allTrainings(me, alliance)),
                        exports.registrationsTable(name, trainings.allRegistrations(me, alliance, null))), out)));
        grid.setId("alliance-trainings");
        grid.addColumn(Training::title).setHeader(getTranslation("alliance.training.field.title")).setFlexGrow(1);
        grid.addColumn(Training::heldOn).setHeader(getTranslation("alliance.training.field.heldOn")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.online() ? "alliance.training.online" : "alliance.training.inPerson"))
                .setHeader(getTranslation("alliance.training.column.mode")).setAutoWidth(true);
        grid.addColumn(t -> t.place() == null ? "" : t.place()).setHeader(getTranslation("alliance.training.field.place"))
                .setAutoWidth(true);
        grid.addColumn(Training::capacity).setHeader(getTranslation("alliance.training.field.capacity")).setAutoWidth(true);
        grid.addColumn(Training::registered).setHeader(getTranslation("alliance.training.column.registered"))
                .setAutoWidth(true);
        grid.addColumn(Training::attended).setHeader(getTranslation("alliance.training.column.attended")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alliance.trainings.none"));
        grid.setHeight("14em");
        grid.addItemClickListener(click -> show(click.getItem()));
        detail.setWidthFull();
        detail.add(new Paragraph(getTranslation("alliance.training.choose")));
        add(grid, detail);
        refresh();
    }

    private Component scheduleForm() {
        TextField title = new TextField(getTranslation("alliance.training.field.title"));
        title.setWidth("20em");
        DatePicker heldOn = new DatePicker(getTranslation("alliance.training.field.heldOn"));
        Checkbox online = new Checkbox(getTranslation("alliance.training.field.online"));
        TextField place = new TextField(getTranslation("alliance.training.field.place"));
        IntegerField capacity = new IntegerField(getTranslation("alliance.training.field.capacity"));
        capacity.setValue(50);
        TextField description = new TextField(getTranslation("alliance.training.field.description"));
        description.setWidth("20em");
        FormErrors errors = new FormErrors(this).field("title", title).field("heldOn", heldOn).field("place", place)
                .field("capacity", capacity).field("description", description);
        Button schedule = new Button(getTranslation("alliance.trainings.schedule"), click -> {
            try {
                Training training = trainings.schedule(me, alliance, new TrainingDraft(title.getValue(),
                        heldOn.getValue(), online.getValue(), place.getValue(), capacity.getValue(),
                        description.getValue()));
                FormErrors.Notifications.success(getTranslation("alliance.trainings.scheduled", training.title()));
                errors.clear();
                title.clear();
                description.clear();
                refresh();
                show(training);
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(title, heldOn, online, place, capacity, description, schedule);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("alliance.trainings.new")), row);
        form.setPadding(false);
        return form;
    }

    private void show(Training selected) {
        Training training = trainings.training(me, alliance, selected.id());
        detail.removeAll();
        H3 heading = new H3(getTranslation("alliance.training.registrationsOf", training.title(), training.registered(),
                training.capacity()));
        heading.setId("alliance-training-title");
        detail.add(heading);
        boolean held = !secretariat.today().isBefore(training.heldOn());
        Grid<Registration> registrations = new Grid<>();
        registrations.setId("alliance-training-registrations");
        registrations.addColumn(Registration::personName).setHeader(getTranslation("alliance.training.column.person"))
                .setAutoWidth(true);
        registrations.addColumn(Registration::memberName).setHeader(getTranslation("alliance.training.column.member"))
                .setFlexGrow(1);
        registrations.addColumn(r -> AllianceConventionView.TIME.format(r.registeredAt()))
                .setHeader(getTranslation("alliance.training.column.registeredAt")).setAutoWidth(true);
        registrations.addColumn(r -> attendance(this, r.attended()))
                .setHeader(getTranslation("alliance.training.column.attendance")).setAutoWidth(true);
        if (held) {
            registrations.addComponentColumn(r -> {
                Button present = new Button(getTranslation("alliance.training.markAttended"),
                        click -> attend(training, r, true));
                present.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                Button absent = new Button(getTranslation("alliance.training.markAbsent"),
                        click -> attend(training, r, false));
                absent.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return new HorizontalLayout(present, absent);
            }).setAutoWidth(true);
        }
        long total = trainings.registrations(me, alliance, training.id(), PageRequest.first(1)).total();
        registrations.setItems(query -> trainings.registrations(me, alliance, training.id(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
        registrations.setEmptyStateText(getTranslation("alliance.training.noRegistrations"));
        registrations.setHeight("16em");
        detail.add(registrations);
    }

    private void attend(Training training, Registration registration, boolean attended) {
        try {
            trainings.recordAttendance(me, alliance, registration.id(), attended);
            refresh();
            show(training);
        } catch (InvalidInputException e) {
            FormErrors.Notifications.error(getTranslation(e.problems().get(0).messageKey(),
                    e.problems().get(0).arguments().toArray()));
        } catch (AccessDeniedException e) {
            FormErrors.Notifications.error(getTranslation(e.messageKey()));
        }
    }

    /** 出席 / 缺席 / 未记录, as shown. */
    static String attendance(Component owner, Boolean attended) {
        return owner.getTranslation(attended == null ? "alliance.training.unrecorded"
                : attended ? "alliance.training.attended" : "alliance.training.absent");
    }

    private void refresh() {
        long total = trainings.trainings(me, alliance, PageRequest.first(1)).total();
        grid.setItems(query -> trainings.trainings(me, alliance, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.trainings.title") + " · 团标通";
    }
}
