package cn.tuanbiao.console.excellence.ui;

import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.AssessmentInput;
import cn.tuanbiao.console.excellence.domain.Indicators;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.service.ExcellenceExports;
import cn.tuanbiao.console.excellence.service.ExcellenceProgramme;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.console.supervision.ui.Downloads;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One membership of the excellence pool (SUP-4): the indicators of a year beside the assessment form,
 * the exit, and the organization's whole history in the pool (entries, assessments, exits).
 */
@Prototype
@Route(value = "supervision/excellence/:id", layout = MainLayout.class)
public class ExcellenceMemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExcellenceProgramme programme;
    private final ExcellenceExports exports;
    private String title = "";

    public ExcellenceMemberView(ExcellenceProgramme programme, ExcellenceExports exports) {
        this.programme = programme;
        this.exports = exports;
        setWidthFull();
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PersonId me = UiSession.requireSignedIn().person();
        TenantId authority = UiSession.tenant().orElse(null);
        if (authority == null) {
            return;
        }
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(me, authority, programme.membership(me, authority, id));
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation(e instanceof AccessDeniedException a ? a.messageKey() : "excellence.notFound")));
        }
    }

    private void show(PersonId me, TenantId authority, PoolMembership m) {
        title = m.nameZh();
        H2 heading = new H2(m.nameZh() + "（" + m.code() + "）");
        heading.setId("excellence-member");
        add(heading);
        add(new Paragraph(getTranslation("excellence.column.entered") + "：" + m.entryYear() + " · " + m.enteredOn()
                + " · " + m.entryReason()));
        m.exit().ifPresent(e -> add(new Paragraph(getTranslation("excellence.column.exited") + "：" + e.on() + " · "
                + e.reason())));
        if (m.current()) {
            add(assessment(me, authority, m), exit(me, authority, m));
        }
        List<PoolMembership> history = programme.history(me, authority, m.organization());
        add(new H3(getTranslation("excellence.history")));
        add(Downloads.link(getTranslation("excellence.export"), m.code() + "-培优计划记录.xlsx", SupervisionExports.EXCEL,
                out -> exports.writeExcel(List.of(exports.historyTable(history)), out)));
        Grid<List<Object>> grid = new Grid<>();
        grid.setId("excellence-history");
        List<String> headers = exports.historyTable(history).headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            grid.addColumn(row -> String.valueOf(row.get(column))).setHeader(headers.get(i))
                    .setFlexGrow(column == headers.size() - 1 ? 1 : 0).setAutoWidth(column != headers.size() - 1);
        }
        grid.setItems(new ArrayList<>(exports.historyTable(history).rows()));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private VerticalLayout assessment(PersonId me, TenantId authority, PoolMembership m) {
        int start = Math.max(m.entryYear(), programme.today().getYear() - 1);
        IntegerField year = new IntegerField(getTranslation("field.assessmentYear"));
        year.setId("assessment-year");
        year.setValue(start);
        Div indicators = new Div();
        indicators.setId("assessment-indicators");
        Runnable showIndicators = () -> {
            indicators.removeAll();
            Integer y = year.getValue();
            if (y == null || y < m.entryYear() || y > programme.today().getYear()) {
                return;
            }
            try {
                indicators.add(indicators(programme.indicators(me, authority, m.id(), y)));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> indicators.add(new Paragraph(getTranslation(p.messageKey(),
                        p.arguments().toArray()))));
            } catch (AccessDeniedException e) {
                indicators.add(new Paragraph(getTranslation(e.messageKey())));
            }
        };
        year.addValueChangeListener(e -> showIndicators.run());
        BigDecimalField score = new BigDecimalField(getTranslation("field.excellenceScore"));
        score.setId("assessment-score");
        TextArea comment = new TextArea(getTranslation("field.excellenceComment"));
        comment.setId("assessment-comment");
        comment.setWidth("40em");
        FormErrors errors = new FormErrors(this).field("assessmentYear", year).field("excellenceScore", score)
                .field("excellenceComment", comment);
        Button record = new Button(getTranslation("excellence.assess"), click -> {
            errors.clear();
            try {
                PoolMembership after = programme.assess(me, authority, m.id(), new AssessmentInput(year.getValue(),
                        score.getValue(), comment.getValue()));
                FormErrors.Notifications.success(getTranslation("excellence.assessed", after.nameZh(), year.getValue()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        record.setId("assessment-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(year, score, record);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("excellence.assess")), row, indicators, comment);
        form.setPadding(false);
        showIndicators.run();
        return form;
    }

    private Div indicators(Indicators i) {
        Div block = new Div();
        block.add(new Paragraph(getTranslation("excellence.indicators", String.valueOf(i.year()))));
        block.add(new Paragraph(getTranslation("excellence.indicator.published") + " " + i.publishedInYear() + " · "
                + getTranslation("excellence.indicator.inForce") + " " + i.inForce() + " · "
                + getTranslation("excellence.indicator.goodPractice") + " "
                + (i.goodPracticeStars() == null ? getTranslation("excellence.indicator.noGoodPractice")
                : getTranslation("excellence.indicator.goodPracticeStars", String.valueOf(i.goodPracticeYear()),
                i.goodPracticeStars())) + " · "
                + getTranslation("excellence.indicator.complaints") + " " + i.complaints() + " · "
                + getTranslation("excellence.indicator.overdueReviews") + " " + i.overdueReviews()));
        return block;
    }

    private VerticalLayout exit(PersonId me, TenantId authority, PoolMembership m) {
        TextField reason = new TextField(getTranslation("field.exitReason"));
        reason.setId("exit-reason");
        reason.setWidth("32em");
        FormErrors errors = new FormErrors(this).field("exitReason", reason);
        Button exit = new Button(getTranslation("excellence.exit"), click -> {
            errors.clear();
            try {
                PoolMembership after = programme.exit(me, authority, m.id(), reason.getValue());
                FormErrors.Notifications.success(getTranslation("excellence.exitedDone", after.nameZh()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        exit.setId("exit-record");
        exit.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(reason, exit);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("excellence.exit")), row);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("excellence.title");
    }
}
