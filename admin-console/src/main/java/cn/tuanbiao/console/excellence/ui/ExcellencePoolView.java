package cn.tuanbiao.console.excellence.ui;

import cn.tuanbiao.console.excellence.domain.EntryRequest;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolQuery;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.console.excellence.domain.PoolStatus;
import cn.tuanbiao.console.excellence.service.ExcellenceExports;
import cn.tuanbiao.console.excellence.service.ExcellenceProgramme;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.console.supervision.ui.Downloads;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * The excellence pool (培优计划, SUP-4): enter an organization of the jurisdiction, and the pool paged by
 * name with filters (status, entry year, name), each member's latest assessment, exported to Excel.
 */
@Prototype
@Route(value = "supervision/excellence", layout = MainLayout.class)
public class ExcellencePoolView extends VerticalLayout implements HasDynamicTitle {

    private final ExcellenceProgramme programme;
    private final Select<PoolStatus> status = new Select<>();
    private final IntegerField entryYear = new IntegerField();
    private final TextField name = new TextField();
    private final Grid<PoolRow> grid = new Grid<>();

    public ExcellencePoolView(ExcellenceProgramme programme, ExcellenceExports exports) {
        this.programme = programme;
        PersonId me = UiSession.requireSignedIn().person();
        TenantId authority = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("excellence.title")), new Paragraph(getTranslation("excellence.intro")));
        if (authority == null) {
            return;
        }
        try {
            programme.list(me, authority, PoolQuery.CURRENT, PageRequest.first(1));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        add(entryForm(me, authority));

        status.setLabel(getTranslation("excellence.filter.status"));
        status.setItems(PoolStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("excellence.status." + s.name()));
        status.setValue(PoolStatus.CURRENT);
        status.setId("excellence-status");
        entryYear.setLabel(getTranslation("excellence.filter.entryYear"));
        entryYear.setClearButtonVisible(true);
        name.setLabel(getTranslation("excellence.filter.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        entryYear.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div export = new Div(Downloads.link(getTranslation("excellence.export"), "培优库名单.xlsx", SupervisionExports.EXCEL,
                out -> exports.writeExcel(List.of(exports.poolTable("培优库名单",
                        programme.all(me, authority, query()))), out)));
        HorizontalLayout filters = new HorizontalLayout(status, entryYear, name, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("excellence-grid");
        grid.addColumn(PoolRow::nameZh).setHeader(getTranslation("excellence.column.organization")).setFlexGrow(1);
        grid.addColumn(PoolRow::code).setHeader(getTranslation("excellence.column.code")).setAutoWidth(true);
        grid.addColumn(PoolRow::regionCode).setHeader(getTranslation("excellence.column.region")).setAutoWidth(true);
        grid.addColumn(r -> r.entryYear() + " · " + r.enteredOn()).setHeader(getTranslation("excellence.column.entered"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.exitedOn().map(Object::toString).orElse(""))
                .setHeader(getTranslation("excellence.column.exited")).setAutoWidth(true);
        grid.addColumn(r -> r.latest().map(a -> a.year() + " · " + a.score().toPlainString() + " · "
                        + getTranslation("excellenceGrade." + a.grade().name())).orElse(""))
                .setHeader(getTranslation("excellence.column.latest")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("excellence.none"));
        grid.setItems(q -> programme.list(me, authority, query(), new PageRequest(q.getOffset(), q.getLimit()))
                        .items().stream(),
                q -> (int) programme.list(me, authority, query(), PageRequest.first(1)).total());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ExcellenceMemberView.class,
                new RouteParameters("id", click.getItem().id().toString())));
        add(new H3(getTranslation("excellence.title")), filters, grid);
    }

    private VerticalLayout entryForm(PersonId me, TenantId authority) {
        TextField code = new TextField(getTranslation("field.excellenceOrganization"));
        code.setId("excellence-code");
        IntegerField year = new IntegerField(getTranslation("field.excellenceYear"));
        year.setId("excellence-year");
        year.setValue(programme.today().getYear());
        TextField reason = new TextField(getTranslation("field.excellenceReason"));
        reason.setId("excellence-reason");
        reason.setWidth("32em");
        FormErrors errors = new FormErrors(this).field("excellenceOrganization", code).field("excellenceYear", year)
                .field("excellenceReason", reason);
        Button enter = new Button(getTranslation("excellence.enter"), click -> {
            errors.clear();
            try {
                PoolMembership entered = programme.enter(me, authority, new EntryRequest(code.getValue(), year.getValue(),
                        reason.getValue()));
                FormErrors.Notifications.success(getTranslation("excellence.entered", entered.nameZh()));
                code.clear();
                reason.clear();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        enter.setId("excellence-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, year, reason, enter);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("excellence.enterTitle")), row);
        form.setPadding(false);
        return form;
    }

    private PoolQuery query() {
        return new PoolQuery(status.getValue(), entryYear.getValue(), name.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("excellence.title") + " · 团标通";
    }
}
