package cn.tuanbiao.comments.service;

import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.domain.ResolutionTableHeading;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the comment resolution table (意见汇总处理表) in the layout Chinese secretariats use — title,
 * handling organization and date, one row per comment (序号, 章条编号, 意见内容, 修改建议, 提出单位, 处理意见,
 * 理由), and the closing note with the counts — as Excel (streamed, any length) and as Word. The
 * table is an official record in Chinese whatever language the reader's screen uses.
 */
@Singleton
public class ResolutionTableDocuments {

    static final List<String> COLUMNS = List.of("序号", "章条编号", "意见类型", "意见内容", "修改建议", "提出单位（人）",
            "处理意见", "理由");
    private static final int[] EXCEL_WIDTHS = {6, 12, 10, 50, 40, 20, 10, 40};
    private static final Map<CommentType, String> TYPES = Map.of(CommentType.GENERAL, "一般性",
            CommentType.TECHNICAL, "技术性", CommentType.EDITORIAL, "编辑性");
    private static final Map<Disposition, String> DISPOSITIONS = Map.of(Disposition.ACCEPTED, "采纳",
            Disposition.PARTIALLY_ACCEPTED, "部分采纳", Disposition.NOT_ACCEPTED, "不采纳");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** Rows arrive through {@code rows}, which hands each comment to the sink it is given, in table order. */
    public void writeExcel(ResolutionTableHeading heading, Consumer<Consumer<DraftComment>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("意见汇总处理表");
            for (int i = 0; i < EXCEL_WIDTHS.length; i++) {
                sheet.setColumnWidth(i, EXCEL_WIDTHS[i] * 256);
            }
            CellStyle title = style(workbook, true, 14, false);
            CellStyle header = style(workbook, true, 11, true);
            CellStyle cell = style(workbook, false, 11, true);
            int last = COLUMNS.size() - 1;

            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title(heading));
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row handling = sheet.createRow(1);
            handling.createCell(0).setCellValue(handlingLine(heading));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row columns = sheet.createRow(2);
            for (int i = 0; i <= last; i++) {
                columns.createCell(i).setCellValue(COLUMNS.get(i));
                columns.getCell(i).setCellStyle(header);
            }
            sheet.createFreezePane(0, 3);
            int[] next = {3};
            rows.accept(comment -> {
                Row row = sheet.createRow(next[0]++);
                List<String> values = values(comment);
                row.createCell(0).setCellValue(comment.number());
                row.getCell(0).setCellStyle(cell);
                for (int i = 1; i <= last; i++) {
                    row.createCell(i).setCellValue(values.get(i));
                    row.getCell(i).setCellStyle(cell);
                }
            });
            Row note = sheet.createRow(next[0] + 1);
            note.createCell(0).setCellValue(closingNote(heading));
            sheet.addMergedRegion(new CellRangeAddress(next[0] + 1, next[0] + 1, 0, last));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Word table, on landscape A4 as the printed form is. */
    public void writeWord(ResolutionTableHeading heading, Consumer<Consumer<DraftComment>> rows, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            landscape(document);
            paragraph(document, title(heading), true, 16, ParagraphAlignment.CENTER);
            paragraph(document, handlingLine(heading), false, 10.5, ParagraphAlignment.LEFT);
            XWPFTable table = document.createTable(1, COLUMNS.size());
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int i = 0; i < COLUMNS.size(); i++) {
                text(header.getCell(i).getParagraphs().get(0), COLUMNS.get(i), true);
            }
            rows.accept(comment -> {
                XWPFTableRow row = table.createRow();
                List<String> values = values(comment);
                for (int i = 0; i < values.size(); i++) {
                    text(row.getCell(i).getParagraphs().get(0), values.get(i), false);
                }
            });
            paragraph(document, closingNote(heading), false, 10.5, ParagraphAlignment.LEFT);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(ResolutionTableHeading heading) {
        return "《" + heading.standardTitle() + "》征求意见汇总处理表";
    }

    private static String handlingLine(ResolutionTableHeading heading) {
        return "承办单位：" + heading.organizationName() + "　　共 " + heading.comments() + " 条意见　　日期："
                + CHINESE_DATE.format(heading.date());
    }

    static String closingNote(ResolutionTableHeading heading) {
        return "说明：共收到 " + heading.commenters() + " 个单位（个人）的意见 " + heading.comments() + " 条，其中采纳 "
                + heading.accepted() + " 条，部分采纳 " + heading.partiallyAccepted() + " 条，不采纳 "
                + heading.notAccepted() + " 条，尚未处理 " + heading.open() + " 条。";
    }

    private static List<String> values(DraftComment c) {
        String commenter = c.commenterUnit() == null ? c.commenterName() : c.commenterUnit() + "（" + c.commenterName() + "）";
        if (c.isPublic()) {
            commenter = commenter + "［社会公众］";
        }
        return List.of(Integer.toString(c.number()), c.clause(), TYPES.get(c.type()), c.comment(),
                blankIfNull(c.proposedChange()), commenter,
                c.disposition() == null ? "" : DISPOSITIONS.get(c.disposition()), blankIfNull(c.dispositionReason()));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static CellStyle style(SXSSFWorkbook workbook, boolean bold, int points, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (!bordered) {
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        }
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void paragraph(XWPFDocument document, String value, boolean bold, double points,
                                  ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(points);
        run.setFontFamily("宋体");
        run.setText(value);
    }

    private static void text(XWPFParagraph paragraph, String value, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontFamily("宋体");
        run.setFontSize(10.5);
        run.setText(value);
    }
}
