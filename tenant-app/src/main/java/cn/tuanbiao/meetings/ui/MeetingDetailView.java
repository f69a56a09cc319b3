package cn.tuanbiao.meetings.ui;

import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.documents.ui.DocumentLinks;
import cn.tuanbiao.meetings.domain.AgendaItem;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingDetail;
import cn.tuanbiao.meetings.domain.MeetingId;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.standards.ui.StandardDetailView;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting (PART-3): when, where and how, its agenda and invitees; for the secretariat, the
 * postponement and cancellation, then — once it has started — the attendance form with the
 * quorum it makes, the minutes upload and the decisions.
 */
@Prototype
@Route(value = "meetings/:id", layout = MainLayout.class)
public class MeetingDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final DocumentService documents;
    private final StandardService standards;
    private final FileCheck fileCheck;
    private final Clock clock;
    private final PersonId me;
    private final TenantId tenant;
    private final boolean secretariat;
    private String title = "";

    public MeetingDetailView(MeetingService meetings, DocumentService documents, StandardService standards,
                             FileCheck fileCheck, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.standards = standards;
        this.fileCheck = fileCheck;
        this.clock = clock;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        this.secretariat = UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(new MeetingId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("meetings.notFound")));
        }
    }

    private void show(MeetingId id) {
        removeAll();
        MeetingDetail detail = meetings.get(me, tenant, id);
        Meeting m = detail.meeting();
        title = m.title();
        H2 heading = new H2(m.title());
        heading.setId("meeting-title");
        Span status = MeetingsView.badge(getTranslation("meetingStatus." + m.status().name()));
        status.setId("meeting-status");
        add(heading, new HorizontalLayout(MeetingsView.badge(getTranslation("meetingKind." + m.kind().name())), status));
        Div facts = new Div();
        facts.addClassName("tb-card");
        facts.add(new Paragraph(m.bodyName() + " · " + MeetingsView.TIME.format(m.startsAt()) + " · "
                + getTranslation("meetingFormat." + m.format().name())
                + (m.location() == null ? "" : " · " + m.location()) + (m.link() == null ? "" : " · " + m.link())));
        if (m.standard() != null) {
            facts.add(new Paragraph(new Span(getTranslation("meetings.onStandard", "")),
                    new RouterLink(m.standardTitle(), StandardDetailView.class, new RouteParameters("id", m.standard().toString()))));
        }
        if (m.statusReason() != null) {
            facts.add(new Paragraph(getTranslation("meetings.statusReason", m.statusReason())));
        }
        Paragraph quorum = new Paragraph(quorumText(m));
        quorum.setId("meeting-quorum");
        facts.add(quorum);
        add(facts);
        if (secretariat && m.status().pending()) {
            add(pendingActions(m));
        }

        add(new H3(getTranslation("meetings.agenda")));
        OrderedList agenda = new OrderedList();
        agenda.setId("meeting-agenda");
        for (AgendaItem item : detail.agenda()) {
            ListItem li = new ListItem(item.title());
            if (item.standard() != null) {
                li.add(new Span(" · "), new RouterLink(item.standardTitle(), StandardDetailView.class,
                        new RouteParameters("id", item.standard().toString())));
            }
            agenda.add(li);
        }
        add(agenda);

        add(new H3(getTranslation("meetings.invitees")));
        boolean attendanceOpen = secretariat && m.status() != MeetingStatus.CANCELLED && !m.attendanceFinal();
        if (attendanceOpen && m.hasStarted(clock.instant())) {
            add(attendanceForm(m, detail.invitees()));
        } else {
            add(inviteesGrid(detail.invitees()));
            if (attendanceOpen) {
                add(new Paragraph(getTranslation("meetings.attendanceBeforeStart")));
            }
        }

        if (m.status() == MeetingStatus.HELD) {
            add(new H3(getTranslation("meetings.minutes")));
            add(minutesList(detail.minutes()));
            if (secretariat) {
                add(minutesUpload(m));
            }
            add(new H3(getTranslation("meetings.decisions")));
            add(decisionsGrid(detail.decisions()));
            if (secretariat) {
                add(decisionForm(m));
            }
        }
    }

    private String quorumText(Meeting m) {
        if (m.quorum() == null) {
            return getTranslation("meetings.quorumUnknown");
        }
        return getTranslation("meetings.quorumSummary", m.quorum().present(), m.quorum().seats(), m.quorum().needed(),
                getTranslation("quorumRule." + m.quorum().rule().name())) + " · "
                + getTranslation(m.quorum().reached() ? "meetings.quorumReached" : "meetings.quorumMissing");
    }

    private Component pendingActions(Meeting m) {
        Button postpone = new Button(getTranslation("meetings.postpone"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("meetings.postpone"));
            DateTimePicker startsAt = new DateTimePicker(getTranslation("field.startsAt"),
                    LocalDateTime.ofInstant(m.startsAt(), StandardService.CHINA).plusDays(7));
            startsAt.setStep(java.time.Duration.ofMinutes(30));
            TextArea reason = new TextArea(getTranslation("field.reason"));
            FormErrors errors = new FormErrors(this).field("startsAt", startsAt).field("reason", reason);
            Button save = new Button(getTranslation("meetings.postpone"), c -> {
                try {
                    meetings.postpone(me, tenant, m.id(), startsAt.getValue() == null ? null
                            : startsAt.getValue().atZone(StandardService.CHINA).toInstant(), reason.getValue());
                    dialog.close();
                    Notifications.success(getTranslation("meetings.postponed"));
                    show(m.id());
                } catch (InvalidInputException e) {
                    errors.show(e);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new FormLayout(startsAt, reason));
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
            dialog.open();
        });
        postpone.setId("meeting-postpone");
        Button cancel = new Button(getTranslation("meetings.cancel"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("meetings.cancel"));
            TextArea reason = new TextArea(getTranslation("field.reason"));
            FormErrors errors = new FormErrors(this).field("reason", reason);
            Button save = new Button(getTranslation("meetings.cancel"), c -> {
                try {
                    meetings.cancel(me, tenant, m.id(), reason.getValue());
                    dialog.close();
                    Notifications.success(getTranslation("meetings.cancelledNotice"));
                    show(m.id());
                } catch (InvalidInputException e) {
                    errors.show(e);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.add(reason);
            dialog.getFooter().add(new Button(getTranslation("common.close"), c -> dialog.close()), save);
            dialog.open();
        });
        cancel.setId("meeting-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(postpone, cancel);
    }

    private Grid<Invitee> inviteesGrid(List<Invitee> invitees) {
        Grid<Invitee> grid = new Grid<>();
        grid.setId("meeting-invitees");
        grid.setAllRowsVisible(true);
        grid.addColumn(Invitee::name).setHeader(getTranslation("meetings.column.name")).setFlexGrow(1);
        grid.addColumn(this::capacity).setHeader(getTranslation("meetings.column.seat")).setAutoWidth(true);
        grid.addColumn(i -> i.attendance() == null ? "" : getTranslation("attendance." + i.attendance().name())
                        + (i.proxyName() == null ? "" : "（" + i.proxyName() + "）"))
                .setHeader(getTranslation("meetings.column.attendance")).setAutoWidth(true);
        grid.setItems(invitees);
        return grid;
    }

    private String capacity(Invitee invitee) {
        return invitee.role() == null ? getTranslation("meetings.guest") : getTranslation("seatRole." + invitee.role().name());
    }

    /** One row per invitee: attendance, and the proxy's name where one attended for them. */
    private Component attendanceForm(Meeting m, List<Invitee> invitees) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("meeting-attendance");
        List<Runnable> collectors = new ArrayList<>();
        List<AttendanceEntry> entries = new ArrayList<>();
        for (Invitee invitee : invitees) {
            Select<Attendance> attendance = new Select<>();
            attendance.setItems(Attendance.values());
            attendance.setItemLabelGenerator(a -> getTranslation("attendance." + a.name()));
            attendance.setValue(invitee.attendance() == null ? Attendance.PRESENT : invitee.attendance());
            attendance.setWidth("10em");
            TextField proxy = new TextField();
            proxy.setPlaceholder(getTranslation("field.proxyName"));
            proxy.setValue(invitee.proxyName() == null ? "" : invitee.proxyName());
            proxy.setVisible(attendance.getValue() == Attendance.PROXY);
            attendance.addValueChangeListener(e -> proxy.setVisible(e.getValue() == Attendance.PROXY));
            Span name = new Span(invitee.name() + "（" + capacity(invitee) + "）");
            name.setWidth("18em");
            HorizontalLayout row = new HorizontalLayout(name, attendance, proxy);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            form.add(row);
            collectors.add(() -> entries.add(new AttendanceEntry(invitee.id(), attendance.getValue(), proxy.getValue())));
        }
        Button save = new Button(getTranslation("meetings.recordAttendance"), click -> {
            entries.clear();
            collectors.forEach(Runnable::run);
            try {
                meetings.recordAttendance(me, tenant, m.id(), entries);
                Notifications.success(getTranslation("meetings.attendanceRecorded"));
                show(m.id());
            } catch (InvalidInputException e) {
                new FormErrors(this).show(e);
            }
        });
        save.setId("meeting-attendance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(save);
        return form;
    }

    private Component minutesList(List<StoredDocument> minutes) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("meeting-minutes");
        if (minutes.isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.noMinutes")));
        }
        for (StoredDocument document : minutes) {
            for (DocumentVersion version : documents.versions(me, tenant, document.id())) {
                list.add(new Div(new Span(getTranslation("document." + document.kind().name()) + " v" + version.version()
                        + " · "), download(version), new Span(" · " + MeetingsView.TIME.format(version.uploadedAt())
                        + " · SHA-256 " + version.sha256().substring(0, 16) + "…")));
            }
        }
        return list;
    }

    private Component minutesUpload(Meeting m) {
        SingleFileField file = new SingleFileField(fileCheck.maxBytes());
        file.setId("meeting-minutes-file");
        Button upload = new Button(getTranslation("meetings.attachMinutes"), click -> {
            try {
                DocumentVersion version = file.useChecked(fileCheck, checked -> meetings.attachMinutes(me, tenant, m.id(),
                        checked));
                Notifications.success(getTranslation("meetings.minutesUploaded", version.version()));
                show(m.id());
            } catch (InvalidInputException e) {
                new FormErrors(this).show(e);
            }
        });
        upload.setId("meeting-minutes-upload");
        HorizontalLayout row = new HorizontalLayout(file, upload);
        row.setDefaultVerticalComponentAlignment(Alignment.END);
        return row;
    }

    private Anchor download(DocumentVersion version) {
        return DocumentLinks.download(version.fileName(),
                () -> documents.content(me, tenant, version.document(), version.version()));
    }

    private Grid<MeetingDecision> decisionsGrid(List<MeetingDecision> decisions) {
        Grid<MeetingDecision> grid = MeetingDecisionsPanel.grid(this, false);
        grid.setId("meeting-decisions");
        grid.setItems(decisions);
        grid.setEmptyStateText(getTranslation("meetings.noDecisions"));
        return grid;
    }

    private Component decisionForm(Meeting m) {
        TextArea text = new TextArea(getTranslation("field.decisionText"));
        text.setId("decision-text");
        ComboBox<StandardSummary> standard = new ComboBox<>(getTranslation("field.standard"));
        standard.setItems(query -> standards.list(me, tenant, new StandardFilter(Set.of(), null,
                query.getFilter().orElse(null), null), new PageRequest(query.getOffset(), query.getLimit())).items().stream());
        standard.setItemLabelGenerator(StandardSummary::titleZh);
        standard.setClearButtonVisible(true);
        standard.setId("decision-standard");
        Select<DecisionStep> enables = new Select<>();
        enables.setLabel(getTranslation("field.enablesStep"));
        enables.setItems(Arrays.stream(DecisionStep.values()).filter(m.kind()::enables).toList());
        enables.setItemLabelGenerator(s -> s == null ? "" : getTranslation("decisionStep." + s.name()));
        enables.setEmptySelectionAllowed(true);
        enables.setId("decision-enables");
        FormErrors errors = new FormErrors(this).field("decisionText", text).field("standard", standard)
                .field("enablesStep", enables);
        Button record = new Button(getTranslation("meetings.recordDecision"), click -> {
            try {
                MeetingDecision recorded = meetings.recordDecision(me, tenant, m.id(), new DecisionDraft(text.getValue(),
                        standard.getValue() == null ? null : standard.getValue().id(), enables.getValue()));
                Notifications.success(getTranslation("meetings.decisionRecorded", recorded.reference()));
                show(m.id());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        record.setId("decision-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(text, standard, enables);
        form.setColspan(text, 2);
        form.add(record);
        return form;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("meetings.title") : title) + " · 团标通";
    }
}
