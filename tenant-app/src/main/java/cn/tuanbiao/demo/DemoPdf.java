package cn.tuanbiao.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/** Renders the demo's stage documents: a title and a few paragraphs in Chinese, as a real PDF. */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] render(String title, String... paragraphs) {
        try {
            // STSong-Light is one of the CJK fonts every PDF reader supplies, so nothing needs embedding.
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph heading = new Paragraph(title, new Font(song, 18, Font.BOLD));
            heading.setAlignment(Paragraph.ALIGN_CENTER);
            heading.setSpacingAfter(24);
            document.add(heading);
            for (String text : paragraphs) {
                Paragraph paragraph = new Paragraph(text, new Font(song, 12));
                paragraph.setFirstLineIndent(24);
                paragraph.setSpacingAfter(8);
                document.add(paragraph);
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot render a demo document", e);
        }
    }
}
