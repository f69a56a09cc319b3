package cn.tuanbiao.meetings.ui;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingFilter;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.domain.QuorumRule;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.MemberService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The organization's meetings (PART-3): a lazy list with the upcoming ones first, filtered by time
 * and body, and the secretariat's form to convene one.
 */
@Prototype
@Route(value = "meetings", layout = MainLayout.class)
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(StandardService.CHINA);

    private final MeetingService meetings;
    private final BodyService bodies;
    private final StandardService standards;
    private final MemberService members;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<Meeting> grid = new Grid<>();
    private final Select<MeetingFilter.When> when = new Select<>();
    private final ComboBox<Body> body = new ComboBox<>();

    public MeetingsView(MeetingService meetings, BodyService bodies, StandardService standards, MemberService members) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.standards = standards;
        this.members = members;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("meetings.title")));
        if (tenant == null) {
            return;
        }
        when.setItems(MeetingFilter.When.values());
        when.setItemLabelGenerator(w -> getTranslation("meetings.filter." + w.name()));
        when.setValue(MeetingFilter.When.ALL);
        when.setId("filter-when");
        when.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        body.setItems(bodyList());
        body.setItemLabelGenerator(Body::nameZh);
        body.setPlaceholder(getTranslation("meetings.filter.body"));
        body.setClearButtonVisible(true);
        body.setId("filter-body");
        body.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(when, body);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            Button convene = new Button(getTranslation("meetings.convene"), VaadinIcon.PLUS.create(),
                    click -> conveneDialog().open());
            convene.setId("meeting-convene");
            convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(convene);
        }
        if (UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            Button rules = new Button(getTranslation("meetings.policy"), VaadinIcon.COG.create(), click -> rulesDialog().open());
            rules.setId("meeting-rules");
            tools.add(rules);
        }
        add(tools);

        grid.setId("meetings-grid");
        grid.addColumn(m -> TIME.format(m.startsAt())).setHeader(getTranslation("meetings.column.startsAt")).setAutoWidth(true);
        grid.addColumn(Meeting::title).setHeader(getTranslation("meetings.column.title")).setFlexGrow(1);
        grid.addColumn(Meeting::bodyName).setHeader(getTranslation("meetings.column.body")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("meetingKind." + m.kind().name()))
                .setHeader(getTranslation("meetings.column.kind")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("meetingFormat." + m.format().name()))
                .setHeader(getTranslation("meetings.column.format")).setAutoWidth(true);
        grid.addComponentColumn(m -> badge(getTranslation("meetingStatus." + m.status().name())))
                .setHeader(getTranslation("meetings.column.status")).setAutoWidth(true);
        grid.addColumn(m -> m.quorum() == null ? "" : getTranslation(m.quorum().reached() ? "meetings.quorumReached"
                        : "meetings.quorumMissing"))
                .setHeader(getTranslation("meetings.column.quorum")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("meetings.none"));
        grid.setItems(query -> meetings.list(me, tenant, filter(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) meetings.list(me, tenant, filter(), PageRequest.first(1)).total());
        grid.addItemClickListener(click -> open(click.getItem().id().toString()));
        add(grid);
    }

    private MeetingFilter filter() {
        return new MeetingFilter(when.getValue(), body.getValue() == null ? null : body.getValue().id());
    }

    private List<Body> bodyList() {
        return bodies.list(me, tenant, null, false, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private Dialog conveneDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meetings.convene"));
        ComboBox<Body> meetingBody = new ComboBox<>(getTranslation("field.body"));
        meetingBody.setItems(bodyList());
        meetingBody.setItemLabelGenerator(b -> b.nameZh() + "（" + getTranslation("bodyType." + b.type().name()) + "）");
        meetingBody.setId("meeting-body");
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("field.meetingKind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meetingKind." + k.name()));
        kind.setId("meeting-kind");
        TextField title = new TextField(getTranslation("field.meetingTitle"));
        title.setId("meeting-title");
        Select<MeetingFormat> format = new Select<>();
        format.setLabel(getTranslation("field.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("meetingFormat." + f.name()));
        format.setValue(MeetingFormat.IN_PERSON);
        format.setId("meeting-format");
        TextField location = new TextField(getTranslation("field.location"));
        location.setId("meeting-location");
        TextField link = new TextField(getTranslation("field.link"));
        link.setId("meeting-link");
        DateTimePicker startsAt = new DateTimePicker(getTranslation("field.startsAt"));
        startsAt.setValue(LocalDateTime.now(StandardService.CHINA).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0));
        startsAt.setStep(java.time.Duration.ofMinutes(30));
        startsAt.setId("meeting-startsAt");
        ComboBox<StandardSummary> standard = new ComboBox<>(getTranslation("field.standard"));
        standard.setItems(query -> standards.list(me, tenant, new StandardFilter(Set.of(Stage.DRAFT_FOR_REVIEW,
                        Stage.TECHNICAL_REVIEW), null, query.getFilter().orElse(null), null),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream());
        standard.setItemLabelGenerator(StandardSummary::titleZh);
        standard.setVisible(false);
        standard.setId("meeting-standard");
        kind.addValueChangeListener(e -> standard.setVisible(e.getValue() == MeetingKind.TECHNICAL_REVIEW));
        AgendaRows agenda = new AgendaRows();
        MultiSelectComboBox<Member> users = new MultiSelectComboBox<>(getTranslation("meetings.otherUsers"));
        users.setItems(members.list(me, tenant, null, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        users.setItemLabelGenerator(m -> m.displayName() + "（" + m.email() + "）");
        TextArea others = new TextArea(getTranslation("meetings.otherInvitees"));
        others.setId("meeting-guests");
        FormErrors errors = new FormErrors(this).field("body", meetingBody).field("meetingKind", kind)
                .field("meetingTitle", title).field("format", format).field("location", location).field("link", link)
                .field("startsAt", startsAt).field("standard", standard).field("agenda", agenda.first())
                .field("guests", others);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                errors.clear();
                List<Guest> guests = new ArrayList<>();
                users.getValue().forEach(m -> guests.add(new Guest(m.displayName(), m.person())));
                Arrays.stream(others.getValue().split("\\R")).map(String::strip).filter(n -> !n.isEmpty())
                        .forEach(n -> guests.add(new Guest(n, null)));
                Meeting convened = meetings.convene(me, tenant, new MeetingNotice(
                        meetingBody.getValue() == null ? null : meetingBody.getValue().id(), kind.getValue(),
                        title.getValue(), format.getValue(), location.getValue(), link.getValue(),
                        startsAt.getValue() == null ? null : startsAt.getValue().atZone(StandardService.CHINA).toInstant(),
                        standard.isVisible() && standard.getValue() != null ? standard.getValue().id() : null,
                        agenda.items(), guests));
                dialog.close();
                Notifications.success(getTranslation("meetings.convened", convened.title()));
                open(convened.id().toString());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(meetingBody, kind, title, format, location, link, startsAt, standard);
        form.setColspan(title, 2);
        dialog.add(form, new Span(getTranslation("meetings.agenda")), agenda, new FormLayout(users, others));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("52em");
        return dialog;
    }

    /** The organization's quorum rule and whether proxies attend (PART-3), set by its administrators. */
    private Dialog rulesDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meetings.policy"));
        MeetingPolicy current = meetings.policy(me, tenant);
        Select<QuorumRule> quorum = new Select<>();
        quorum.setLabel(getTranslation("field.quorumRule"));
        quorum.setItems(QuorumRule.values());
        quorum.setItemLabelGenerator(r -> getTranslation("quorumRule." + r.name()));
        quorum.setValue(current.quorumRule());
        Checkbox proxies = new Checkbox(getTranslation("field.proxiesAllowed"), current.proxiesAllowed());
        Button save = new Button(getTranslation("common.save"), click -> {
            meetings.setPolicy(me, tenant, new MeetingPolicy(quorum.getValue(), proxies.getValue()));
            dialog.close();
            Notifications.success(getTranslation("meetings.policySaved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(quorum, proxies));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    /** The agenda as rows, in order: a title and, optionally, the standard an item concerns. */
    private final class AgendaRows extends VerticalLayout {

        private final List<TextField> titles = new ArrayList<>();
        private final List<ComboBox<StandardSummary>> concerns = new ArrayList<>();

        AgendaRows() {
            setPadding(false);
            setSpacing(false);
            setId("meeting-agenda");
            addRow();
            Button more = new Button(getTranslation("meetings.addAgendaItem"), VaadinIcon.PLUS.create(), click -> {
                addRow();
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(more);
        }

        TextField first() {
            return titles.get(0);
        }

        private void addRow() {
            TextField title = new TextField();
            title.setPlaceholder(getTranslation("field.agenda") + " " + (titles.size() + 1));
            title.setWidth("26em");
            ComboBox<StandardSummary> standard = new ComboBox<>();
            standard.setPlaceholder(getTranslation("field.standard"));
            standard.setItems(query -> standards.list(me, tenant, new StandardFilter(Set.of(), null,
                    query.getFilter().orElse(null), null), new PageRequest(query.getOffset(), query.getLimit()))
                    .items().stream());
            standard.setItemLabelGenerator(StandardSummary::titleZh);
            standard.setClearButtonVisible(true);
            standard.setWidth("18em");
            titles.add(title);
            concerns.add(standard);
            addComponentAtIndex(titles.size() - 1, new HorizontalLayout(title, standard));
        }

        List<AgendaItemDraft> items() {
            List<AgendaItemDraft> items = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                String title = titles.get(i).getValue();
                if (title.isBlank() && concerns.get(i).getValue() == null && i > 0) {
                    continue;
                }
                items.add(new AgendaItemDraft(title, concerns.get(i).getValue() == null ? null
                        : concerns.get(i).getValue().id()));
            }
            return items.size() == 1 && items.get(0).title().isBlank() && items.get(0).standard() == null
                    ? List.of() : items;
        }
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private static void open(String id) {
        UI.getCurrent().navigate(MeetingDetailView.class, new RouteParameters("id", id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · 团标通";
    }
}
