package cn.tuanbiao.standards.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders the publication notice of a standard (发布公告, LC-4) as an A4 PDF in Chinese. The
 * font is WenQuanYi Zen Hei, embedded, where Debian's fonts-wqy-zenhei is installed; otherwise
 * the Adobe CJK font STSong-Light that every PDF reader supplies, so the notice renders on a
 * machine without any Chinese font file.
 */
@Singleton
public class PublicationNoticePdf {

    private static final List<Path> EMBEDDABLE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"));
    private static final Color NOTICE_RED = new Color(0xC0, 0x1E, 0x1E);

    private final BaseFont font;

    public PublicationNoticePdf() {
        this.font = chineseFont();
    }

    /** What the notice says. */
    public record Notice(String organizationName, String noticeNumber, String standardNumber, String title,
                         String draftingUnits, LocalDate publishedOn, LocalDate inForceFrom) {
    }

    public byte[] render(Notice notice) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 80, 72);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("关于发布《" + notice.title() + "》团体标准的公告");
            document.addAuthor(notice.organizationName());
            document.open();
            document.add(centered(notice.organizationName() + "公告", new Font(font, 24, Font.BOLD, NOTICE_RED), 6));
            document.add(centered(notice.noticeNumber(), new Font(font, 12), 24));
            document.add(centered("关于发布《" + notice.title() + "》团体标准的公告", new Font(font, 16, Font.BOLD), 18));
            Font body = new Font(font, 12);
            document.add(paragraph("根据《" + notice.organizationName() + "团体标准管理办法》的有关规定，经技术审查和"
                    + "决策机构批准，现发布《" + notice.title() + "》团体标准，标准编号为 " + notice.standardNumber()
                    + "，自 " + chinese(notice.inForceFrom()) + " 起实施。", body));
            if (notice.draftingUnits() != null && !notice.draftingUnits().isBlank()) {
                document.add(paragraph("本标准由" + notice.draftingUnits() + "起草。", body));
            }
            document.add(paragraph("标准全文可在本组织和全国团体标准信息平台查阅。现予公告。", body));
            document.add(table(notice, body));
            Paragraph signature = new Paragraph(notice.organizationName() + "\n" + chinese(notice.publishedOn()), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(36);
            document.add(signature);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the publication notice", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private PdfPTable table(Notice notice, Font body) {
        PdfPTable table = new PdfPTable(new float[]{1, 3, 6, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        Font head = new Font(font, 11, Font.BOLD);
        for (String heading : List.of("序号", "标准编号", "标准名称", "实施日期")) {
            table.addCell(cell(heading, head));
        }
        Font small = new Font(font, 11);
        table.addCell(cell("1", small));
        table.addCell(cell(notice.standardNumber(), small));
        table.addCell(cell(notice.title(), small));
        table.addCell(cell(notice.inForceFrom().toString(), small));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(6);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(new Chunk(text, font));
        p.setFirstLineIndent(24);
        p.setLeading(24);
        p.setSpacingAfter(6);
        return p;
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
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
