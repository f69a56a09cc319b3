package cn.tuanbiao.console.supervision.service;

import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.DashboardReport;
import cn.tuanbiao.console.supervision.domain.DashboardTable;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.ReportTable;
import cn.tuanbiao.console.supervision.domain.SupervisedOrganization;
import cn.tuanbiao.console.supervision.service.SupervisionCharts.Chart;
import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSeverity;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervision reports as files: every table as an Excel workbook (streamed by POI's SXSSF,
 * any number of rows), and the dashboard as a PDF report (OpenPDF, Chinese font embedded as in
 * the publication notice; charts as images, every figure also in a table). Headers are Chinese
 * whatever language the screen uses: these are official records.
 */
@Singleton
public class SupervisionExports {

    public static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    private static final List<Path> EMBEDDABLE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"));
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final List<String> COUNTS = List.of("现行", "废止", "被代替", "合计");

    private final Messages messages;
    private final SupervisionCharts charts;
    private final BaseFont font;

    public SupervisionExports(Messages messages, SupervisionCharts charts) {
        this.messages = messages;
        this.charts = charts;
        this.font = chineseFont();
    }

    // --- tables ------------------------------------------------------------------------------

    public ReportTable table(DashboardReport report, DashboardTable which, List<OrganizationIndicators> organizations) {
        return switch (which) {
            case REGION -> new ReportTable("按地区统计", headers("地区代码", "地区", "团体数"),
                    report.byRegion().stream().map(r -> row(List.of(r.regionCode(), regionName(r.regionCode()),
                            r.organizations()), r.standards())).toList());
            case INDUSTRY -> new ReportTable("按行业门类统计", headers("行业门类", "团体数"),
                    report.byIndustry().stream().map(i -> row(List.of(i.industryCode(), i.organizations()),
                            i.standards())).toList());
            case KIND -> new ReportTable("按团体类型统计", headers("团体类型", "团体数"),
                    report.byKind().stream().map(k -> row(List.of(kind(k.kind().name()), k.organizations()),
                            k.standards())).toList());
            case YEAR -> new ReportTable("按发布年度和状态统计", headers("发布年度"),
                    report.byYear().stream().map(y -> row(List.of(y.year()), y.standards())).toList());
            case ORGANIZATIONS -> organizationsTable(organizations);
        };
    }

    public ReportTable organizationsTable(List<OrganizationIndicators> organizations) {
        return new ReportTable("团体名录及指标", headers("团体名称", "社会团体代号", "团体类型", "地区代码", "行业代码"),
                organizations.stream().map(o -> row(List.of(o.nameZh(), o.code(), kind(o.kind().name()),
                        o.regionCode(), o.industryCode()), o.standards())).toList());
    }

    public ReportTable standardsTable(SupervisedOrganization organization) {
        return new ReportTable(organization.indicators().nameZh() + "已发布团体标准",
                List.of("标准编号", "标准名称", "状态", "发布日期", "实施日期"),
                organization.standards().stream().map(s -> List.<Object>of(s.number(), s.titleZh(), s.status(),
                        text(s.publishedOn()), text(s.inForceFrom()))).toList());
    }

    public ReportTable drawTable(InspectionDraw draw) {
        List<List<Object>> rows = new ArrayList<>();
        for (Candidate c : draw.drawnOrganizations()) {
            rows.add(List.of(c.rank(), c.label(), c.key(), c.regionCode() == null ? "" : c.regionCode(),
                    c.finding().map(f -> messages.get(Messages.CHINESE, "inspectionResult." + f.result().name()))
                            .orElse("待检查"),
                    c.finding().map(f -> f.text()).orElse("")));
        }
        return new ReportTable(draw.title() + "抽查结果", List.of("序号", "被抽查团体", "社会团体代号", "地区代码", "检查结果",
                "检查情况"), rows);
    }

    /** The compliance risk list (SUP-2), in the order read. */
    public ReportTable riskTable(List<OrganizationRisks> rows) {
        List<String> headers = new ArrayList<>(List.of("序号", "团体名称", "社会团体代号", "团体类型", "地区代码", "风险等级"));
        for (RiskKind kind : RiskKind.values()) {
            headers.add(riskKind(kind));
        }
        headers.add("风险合计");
        List<List<Object>> table = new ArrayList<>();
        int n = 0;
        for (OrganizationRisks r : rows) {
            List<Object> row = new ArrayList<>(List.of(++n, r.nameZh(), r.code(), kind(r.kind().name()), r.regionCode(),
                    severity(r.severity())));
            for (RiskKind kind : RiskKind.values()) {
                row.add(r.count(kind));
            }
            row.add(r.total());
            table.add(row);
        }
        return new ReportTable("合规风险清单", headers, table);
    }

    /**
     * The compliance risk list as an A4 report: heading, scope and filter, the organizations at risk by
     * severity and by kind of risk (a chart and the figures), then the list.
     */
    public void writeRiskPdf(String authorityName, Jurisdiction shown, RiskFilter filter, java.time.LocalDate asOf,
                             List<OrganizationRisks> rows, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 48, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(authorityName + "团体标准合规风险报告");
            document.addAuthor(authorityName);
            document.open();
            Paragraph heading = new Paragraph(authorityName + "团体标准合规风险报告", new Font(font, 18, Font.BOLD));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            Font body = new Font(font, 11);
            document.add(new Paragraph("范围：" + territory(shown) + "；风险类型：" + (filter.kind() == null ? "全部"
                    : riskKind(filter.kind())) + "；排序：" + (filter.sort() == cn.tuanbiao.statistics.domain.RiskSort.TOTAL
                    ? "风险数量" : "风险等级"), body));
            document.add(new Paragraph("统计日期：" + CHINESE_DATE.format(asOf)
                    + "（数据来源：各团体在本平台的标准、自我声明、申诉投诉和良好行为评价记录，约每秒更新）", body));
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            for (RiskSeverity level : new RiskSeverity[] {RiskSeverity.HIGH, RiskSeverity.MEDIUM, RiskSeverity.LOW}) {
                bySeverity.put(severity(level), rows.stream().filter(r -> r.severity() == level).count());
            }
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (RiskKind kind : RiskKind.values()) {
                byKind.put(riskKind(kind), rows.stream().filter(r -> r.count(kind) > 0).count());
            }
            document.add(new Paragraph("存在风险的团体 " + rows.size() + " 个，其中高风险 " + bySeverity.get("高")
                    + " 个、中风险 " + bySeverity.get("中") + " 个、低风险 " + bySeverity.get("低") + " 个。", body));
            Image image = Image.getInstance(charts.png(Chart.bar("各类风险涉及的团体数", "风险类型", "团体数", byKind), 1000, 400));
            image.scaleToFit(document.getPageSize().getWidth() - 80, 200);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(8);
            document.add(image);
            document.add(pdfTable(riskTable(rows)));
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render the compliance risk report", e);
        } finally {
            document.close();
        }
    }

    public String riskKind(RiskKind kind) {
        return messages.get(Messages.CHINESE, "riskKind." + kind.name());
    }

    public String severity(RiskSeverity severity) {
        return messages.get(Messages.CHINESE, "riskSeverity." + severity.name());
    }

    // --- Excel -------------------------------------------------------------------------------

    /** Each table a sheet: title row, header row (frozen), then the rows. */
    public void writeExcel(List<ReportTable> tables, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle title = style(workbook, true, 14, false);
            CellStyle header = style(workbook, true, 11, true);
            CellStyle cell = style(workbook, false, 11, true);
            List<String> names = new ArrayList<>();
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                Row titleRow = sheet.createRow(0);
                titleRow.createCell(0).setCellValue(table.title());
                titleRow.getCell(0).setCellStyle(title);
                if (table.headers().size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.headers().size() - 1));
                }
                Row headers = sheet.createRow(1);
                for (int i = 0; i < table.headers().size(); i++) {
                    headers.createCell(i).setCellValue(table.headers().get(i));
                    headers.getCell(i).setCellStyle(header);
                    sheet.setColumnWidth(i, Math.max(10, table.headers().get(i).length() * 2 + 4) * 256);
                }
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Cell c = row.createCell(i);
                        Object v = values.get(i);
                        if (v instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                        } else {
                            c.setCellValue(v == null ? "" : v.toString());
                        }
                        c.setCellStyle(cell);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- PDF ---------------------------------------------------------------------------------

    /** The dashboard as an A4 report: heading, filter, totals, charts, then every table. */
    public void writePdf(DashboardReport report, List<OrganizationIndicators> organizations, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 56, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.authorityName() + "团体标准监管统计报告");
            document.addAuthor(report.authorityName());
            document.open();
            Paragraph heading = new Paragraph(report.authorityName() + "团体标准监管统计报告", new Font(font, 18, Font.BOLD));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            Font body = new Font(font, 11);
            document.add(new Paragraph("统计范围：" + territory(report.shown()) + "；" + filterText(report.filter()), body));
            document.add(new Paragraph("统计日期：" + CHINESE_DATE.format(report.asOf())
                    + "（数据来源：各团体在全国团体标准信息平台公开的已发布团体标准）", body));
            StandardCounts t = report.totals();
            document.add(new Paragraph("团体总数：" + report.organizations() + " 个；已发布团体标准 " + t.total() + " 项，其中现行 "
                    + t.published() + " 项、废止 " + t.withdrawn() + " 项、被代替 " + t.replaced() + " 项。", body));
            for (Chart chart : charts(report)) {
                Image image = Image.getInstance(charts.png(chart, 1000, 460));
                image.scaleToFit(document.getPageSize().getWidth() - 96, 230);
                image.setAlignment(Element.ALIGN_CENTER);
                image.setSpacingBefore(8);
                document.add(image);
            }
            for (DashboardTable which : DashboardTable.values()) {
                document.add(pdfTable(table(report, which, organizations)));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render the supervision report", e);
        } finally {
            document.close();
        }
    }

    /** The dashboard's charts: standards by year, by industry section, organizations by kind. */
    public List<Chart> charts(DashboardReport report) {
        Map<String, Long> byYear = new LinkedHashMap<>();
        report.byYear().forEach(y -> byYear.put(String.valueOf(y.year()), y.standards().total()));
        Map<String, Long> byIndustry = new LinkedHashMap<>();
        report.byIndustry().forEach(i -> byIndustry.put(i.industryCode(), i.standards().total()));
        Map<String, Long> byKind = new LinkedHashMap<>();
        report.byKind().forEach(k -> byKind.put(kind(k.kind().name()), k.organizations()));
        return List.of(Chart.bar("各年度发布团体标准数", "发布年度", "标准数", byYear),
                Chart.bar("各行业门类发布团体标准数", "行业门类（GB/T 4754）", "标准数", byIndustry),
                Chart.pie("各类型团体数", byKind));
    }

    private PdfPTable pdfTable(ReportTable table) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(14);
        pdf.setHeaderRows(2);
        PdfPCell caption = new PdfPCell(new Phrase(table.title(), new Font(font, 12, Font.BOLD)));
        caption.setColspan(table.headers().size());
        caption.setBorder(0);
        caption.setPaddingBottom(6);
        pdf.addCell(caption);
        Font head = new Font(font, 9, Font.BOLD);
        for (String h : table.headers()) {
            pdf.addCell(cell(h, head));
        }
        Font small = new Font(font, 9);
        for (List<Object> row : table.rows()) {
            for (Object v : row) {
                pdf.addCell(cell(v == null ? "" : v.toString(), small));
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = cell("无数据", small);
            none.setColspan(table.headers().size());
            pdf.addCell(none);
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    // --- labels ------------------------------------------------------------------------------

    /** A region's name where the platform knows it (provinces), else its code. */
    public static String regionName(String regionCode) {
        if (regionCode != null && regionCode.endsWith("0000")) {
            return RegionCode.PROVINCES.getOrDefault(regionCode.substring(0, 2), regionCode);
        }
        return regionCode;
    }

    public static String territory(Jurisdiction territory) {
        if (territory.isNationwide()) {
            return "全国";
        }
        return territory.prefix().length() == 2 ? regionName(territory.lowest())
                : "行政区划代码 " + territory.prefix() + "…";
    }

    private String filterText(StatisticsFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add("团体类型：" + (filter.kind() == null ? "全部" : kind(filter.kind().name())));
        parts.add("行业：" + (filter.industryPrefix() == null ? "全部" : filter.industryPrefix()));
        parts.add("发布年度：" + (filter.fromYear() == null ? "不限" : filter.fromYear()) + " 至 "
                + (filter.toYear() == null ? "不限" : filter.toYear()));
        return String.join("；", parts);
    }

    private String kind(String name) {
        return messages.get(Messages.CHINESE, "kind." + name);
    }

    private static List<String> headers(String... leading) {
        List<String> all = new ArrayList<>(List.of(leading));
        all.addAll(COUNTS);
        return all;
    }

    private static List<Object> row(List<Object> leading, StandardCounts counts) {
        List<Object> all = new ArrayList<>(leading);
        all.addAll(List.of(counts.published(), counts.withdrawn(), counts.replaced(), counts.total()));
        return all;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String sheetName(String title, List<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.length() > 28 ? title.substring(0, 28) : title);
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + i;
        }
        taken.add(name);
        return name;
    }

    private static CellStyle style(SXSSFWorkbook workbook, boolean bold, int points, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        org.apache.poi.ss.usermodel.Font f = workbook.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setFontName("宋体");
        style.setFont(f);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private static BaseFont chineseFont() {
        try {
            for (Path candidate : EMBEDDABLE_FONTS) {
                if (Files.isReadable(candidate)) {
                    return BaseFont.createFont(candidate + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                }
            }
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("No Chinese font for PDF documents", e);
        }
    }
}
