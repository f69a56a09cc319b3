package cn.tuanbiao.standards.service;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** LC-4: the publication notice is a PDF in Chinese that names the standard, its number and its dates. */
class PublicationNoticePdfTest {

    @Test
    void the_notice_reads_in_chinese_with_the_number_title_and_dates() throws IOException {
        byte[] pdf = new PublicationNoticePdf().render(new PublicationNoticePdf.Notice("浙江省智能制造协会",
                "ZJZZ公告〔2025〕3号", "T/ZJZZ 12—2025", "工业机器人安全操作规范", "杭州海康智造有限公司、浙江大学",
                LocalDate.of(2025, 6, 18), LocalDate.of(2025, 7, 1)));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text)
                .contains("浙江省智能制造协会公告")
                .contains("ZJZZ公告〔2025〕3号")
                .contains("关于发布《工业机器人安全操作规范》团体标准的公告")
                .contains("T/ZJZZ12—2025")
                .contains("2025年7月1日起实施")
                .contains("2025年6月18日");
    }
}
