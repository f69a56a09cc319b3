package cn.tuanbiao.chambers.service;

import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.shared.i18n.Messages;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The annual standardization work report as an A4 PDF in Chinese (SUP-3), the font embedded as in
 * the publication notice (WenQuanYi Zen Hei where installed, else the reader's STSong-Light): the
 * sections in words, the standards published in the year and the declared fees as tables.
 */
@Singleton
public class AnnualReportPdf {

    private static final List<Path> EMBEDDABLE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"));

    private final AnnualReportText text;
    private final Messages messages;
    private final BaseFont font;

    public AnnualReportPdf(AnnualReportText text, Messages messages) {
        this.text = text;
        this.messages = messages;
        this.font = chineseFont();
    }

    public byte[] render(AnnualReport report) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            String title = text.title(Messages.CHINESE, report);
            document.addTitle(title);
            document.addAuthor(report.organizationName());
            document.open();
            Paragraph heading = new Paragraph(title, new Font(font, 18, Font.BOLD));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph subtitle = new Paragraph(text.subtitle(Messages.CHINESE, report), new Font(font, 10));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(12);
            document.add(subtitle);
            Font h = new Font(font, 13, Font.BOLD);
            Font body = new Font(font, 11);
            List<AnnualReportText.Section> sections = text.sections(Messages.CHINESE, report);
            for (int i = 0; i < sections.size(); i++) {
                AnnualReportText.Section section = sections.get(i);
                Paragraph head = new Paragraph(section.heading(), h);
                head.setSpacingBefore(10);
                head.setSpacingAfter(4);
                document.add(head);
                for (String p : section.paragraphs()) {
                    Paragraph paragraph = new Paragraph(p, body);
                    paragraph.setFirstLineIndent(22);
                    paragraph.setLeading(18);
                    document.add(paragraph);
                }
                if (i == 0 && !report.publishedInYear().isEmpty()) {
                    document.add(table(List.of("标准编号", "标准名称", "发布日期"), report.publishedInYear().stream()
                            .map(s -> List.of(s.number(), s.titleZh(), s.publishedOn().toString())).toList(),
                            new float[]{3, 6, 2}));
                }
            }
            if (report.feeRules().isPresent() && !report.feeRules().get().items().isEmpty()) {
                document.add(feeTable(report.feeRules().get()));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the annual report", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private PdfPTable feeTable(FeeDeclaration f) {
        return table(List.of("收费用途", "收费项目", "收费依据和标准", "说明"), f.items().stream()
                .map((FeeItem item) -> List.of(messages.get(Messages.CHINESE, "feePurpose." + item.purpose().name()),
                        item.item(), item.basis(), item.note() == null ? "" : item.note())).toList(),
                new float[]{2, 3, 4, 3});
    }

    private PdfPTable table(List<String> headers, List<List<String>> rows, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        Font head = new Font(font, 10, Font.BOLD);
        Font cell = new Font(font, 10);
        headers.forEach(t -> table.addCell(cell(t, head)));
        rows.forEach(r -> r.forEach(t -> table.addCell(cell(t, cell))));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
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
