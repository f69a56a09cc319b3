package cn.tuanbiao.chambers.ui;

import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.service.AnnualReportPdf;
import cn.tuanbiao.chambers.service.AnnualReportText;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;

import java.io.ByteArrayInputStream;

/**
 * The chamber's annual standardization work report (年度标准化工作报告, SUP-3): pick a year, read the
 * report generated from the records, download it as a PDF for the president's annual report.
 */
@Prototype
@Route(value = "chamber/report", layout = MainLayout.class)
public class ChamberReportView extends VerticalLayout implements HasDynamicTitle {

    private final ChamberReports reports;
    private final AnnualReportText text;
    private final AnnualReportPdf pdf;
    private final Div report = new Div();

    public ChamberReportView(ChamberReports reports, AnnualReportText text, AnnualReportPdf pdf) {
        this.reports = reports;
        this.text = text;
        this.pdf = pdf;
        PersonId me = UiSession.requireSignedIn().person();
        TenantId chamber = UiSession.tenant().orElse(null);
        setWidthFull();
        setMaxWidth("64em");
        add(new H2(getTranslation("chambers.report.title")), new Paragraph(getTranslation("chambers.report.intro")));
        if (chamber == null) {
            return;
        }
        IntegerField year = new IntegerField(getTranslation("chambers.report.year"));
        year.setId("report-year");
        year.setValue(reports.today().getYear() - 1);
        year.setStepButtonsVisible(true);
        FormErrors errors = new FormErrors(this).field("reportYear", year);
        Button show = new Button(getTranslation("chambers.report.show"), click -> {
            errors.clear();
            show(me, chamber, year.getValue() == null ? 0 : year.getValue(), errors);
        });
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(year, show);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        report.setWidthFull();
        report.setId("chamber-report");
        add(form, report);
        show(me, chamber, year.getValue(), errors);
    }

    private void show(PersonId me, TenantId chamber, int year, FormErrors errors) {
        report.removeAll();
        AnnualReport shown;
        try {
            shown = reports.annualReport(me, chamber, year);
        } catch (InvalidInputException e) {
            errors.show(e);
            e.problems().stream().filter(p -> p.field().equals("organization")).findFirst()
                    .ifPresent(p -> report.add(new Paragraph(getTranslation(p.messageKey()))));
            return;
        } catch (AccessDeniedException e) {
            report.add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        var locale = UiSession.locale();
        H3 heading = new H3(text.title(locale, shown));
        heading.setId("chamber-report-heading");
        report.add(heading, new Paragraph(text.subtitle(locale, shown)));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.render(reports.annualReport(me, chamber, year));
            return new DownloadResponse(new ByteArrayInputStream(bytes), shown.organizationCode() + "-" + year
                    + "-年度标准化工作报告.pdf", "application/pdf", bytes.length);
        }), getTranslation("chambers.report.pdf"));
        download.setDownload(true);
        download.setId("chamber-report-pdf");
        report.add(download);
        for (AnnualReportText.Section section : text.sections(locale, shown)) {
            report.add(new H3(section.heading()));
            section.paragraphs().forEach(p -> report.add(new Paragraph(p)));
        }
        if (!shown.publishedInYear().isEmpty()) {
            Grid<AnnualReport.PublishedStandard> published = new Grid<>();
            published.setAllRowsVisible(true);
            published.addColumn(AnnualReport.PublishedStandard::number).setHeader(getTranslation("catalogue.column.number"))
                    .setAutoWidth(true);
            published.addColumn(AnnualReport.PublishedStandard::titleZh).setHeader(getTranslation("field.titleZh"))
                    .setFlexGrow(1);
            published.addColumn(s -> s.publishedOn().toString()).setHeader(getTranslation("field.publishedOn"))
                    .setAutoWidth(true);
            published.setItems(shown.publishedInYear());
            report.add(new H3(getTranslation("chambers.report.publishedInYear")), published);
        }
        shown.feeRules().filter(f -> !f.items().isEmpty()).ifPresent(f -> report.add(FeeRulesView.items(this, f.items())));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("chambers.report.title") + " · 团标通";
    }
}
