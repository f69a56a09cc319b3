package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-3 in the browser, as the demo chamber's 刘洋 (WZFZ) sees it: last year's annual standardization
 * report counted from the chamber's records, on the page and as a PDF in Chinese; then a new fee rules
 * declaration, refused while it charges for standard-setting itself, declared once corrected, and
 * shown to anyone on the chamber's public catalogue page.
 */
@ExtendWith(RunningServer.class)
class ChamberEndToEndIT {

    static final String LIU_YANG = "liuyang@wzfz.org.cn";
    static final String WZFZ = SupervisionEndToEndIT.WZFZ;
    static final By REPORT = By.id("chamber-report");
    static final By CURRENT = By.id("fee-rules-current");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_chamber_reads_last_years_report_from_its_records_and_downloads_it_as_a_pdf_SUP_3() throws IOException {
        // the page opens on last year, when the demo chamber published its two standards
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        browser.signInAs(LIU_YANG, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='年度标准化工作报告']"));
        assertThat(browser.waitForText(By.id("chamber-report-heading"), "年度标准化工作报告"))
                .isEqualTo(WZFZ + lastYear + "年度标准化工作报告");
        assertThat(browser.title()).isEqualTo("年度标准化工作报告 · 团标通");
        // the two standards it published that year, and the training on one of them
        String report = browser.waitForText(REPORT, "发布团体标准 2 项");
        assertThat(report).contains("一、团体标准制定情况", "现行团体标准 2 项", "培训 1 次，共 60 人次参加",
                "男式衬衫 质量分级", "服装 数字化定制 量体数据要求", "T/WZFZ 1—" + lastYear, "T/WZFZ 2—" + lastYear,
                "七、收费管理");
        // the fee rules count as declared at the end of the report's year: the demo declared them this year
        assertThat(report).contains("尚未声明收费规则。");

        Path pdf = browser.download(By.id("chamber-report-pdf"));
        assertThat(pdf.getFileName().toString()).isEqualTo("WZFZ-" + lastYear + "-年度标准化工作报告.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(SupervisionEndToEndIT.pdfText(pdf)).contains(WZFZ + lastYear + "年度标准化工作报告",
                "发布团体标准2项", "培训1次，共60人次参加", "男式衬衫质量分级", "七、收费管理");

        // this year's report so far: the fee rules declaration in force, with its fees
        browser.type(By.cssSelector("#report-year input"), String.valueOf(lastYear + 1));
        browser.click(By.id("report-show"));
        browser.waitForExactText(By.id("chamber-report-heading"), WZFZ + (lastYear + 1) + "年度标准化工作报告");
        assertThat(browser.waitForText(REPORT, "收费规则声明第")).contains("会员单位会费", "标准文本印刷费")
                .containsPattern("收费规则声明第 \\d+ 版（\\d{4}-\\d{2}-\\d{2}），列明收费项目 \\d+ 项。");
    }

    @Test
    void a_fee_for_standard_setting_is_refused_and_the_declared_rules_are_public_SUP_3() {
        browser.signInAs(LIU_YANG, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='收费规则声明']"));
        String current = browser.waitForText(CURRENT, "会员单位会费");
        assertThat(current).contains("标准宣贯培训资料费", "标准文本印刷费");
        int version = Integer.parseInt(current.replaceAll("(?s).*?第 (\\d+) 版.*", "$1"));

        // the form starts from the rules in force (three fees); a fourth, for reviewing standards, is refused
        browser.click(By.id("fee-add"));
        browser.choose(feeRow(4, "vaadin-select"), "标准立项、起草、审查、发布");
        browser.type(feeInput(4, "收费项目名称"), "标准审查服务");
        browser.type(feeInput(4, "收费依据和标准"), "每项标准 3000 元");
        browser.click(By.id("fee-commitment"));
        browser.click(By.id("fee-declare"));
        assertThat(browser.waitForPageText("第 4 项“标准审查服务”是为标准制定本身收费"))
                .contains("第 4 项“标准审查服务”是为标准制定本身收费，商会不得以标准化名义收取任何费用（SUP-3）");
        assertThat(browser.text(CURRENT)).contains("第 " + version + " 版").doesNotContain("标准审查服务");

        // corrected: consulting on implementing standards, which a chamber may charge for
        browser.choose(feeRow(4, "vaadin-select"), "技术咨询服务");
        browser.type(feeInput(4, "收费项目名称"), "团体标准实施咨询服务");
        browser.type(feeInput(4, "收费依据和标准"), "按服务合同约定，每人日 1500 元");
        browser.click(By.id("fee-declare"));
        assertThat(browser.waitForText(CURRENT, "第 " + (version + 1) + " 版")).contains("团体标准实施咨询服务",
                "技术咨询服务", "按服务合同约定，每人日 1500 元", "会员单位会费", "刘洋",
                // what was not retyped is kept from the version before
                "依据的收费管理制度：《温州市服装商会收费管理办法》");

        // anyone, without signing in, reads the declaration on the chamber's public catalogue page
        browser.forgetSession();
        browser.open("/catalogue/WZFZ");
        assertThat(browser.waitForText(By.id("catalogue-title"), "公开目录")).contains(WZFZ);
        assertThat(browser.text(By.id("catalogue-fee-rules"))).isEqualTo("收费规则声明（SUP-3）");
        String shown = browser.waitForPageText("团体标准实施咨询服务");
        assertThat(shown).contains("第 " + (version + 1) + " 版", "本会承诺：不以标准化名义收取任何费用",
                "依据的收费管理制度：《温州市服装商会收费管理办法》",
                "会员单位会费", "标准文本印刷费", "按服务合同约定，每人日 1500 元")
                .doesNotContain("标准审查服务", "刘洋");
    }

    /** A component of the n-th fee row of the declaration form. */
    private static By feeRow(int row, String component) {
        return By.xpath("(//*[@id='fee-rows']/vaadin-horizontal-layout)[" + row + "]//" + component);
    }

    private static By feeInput(int row, String label) {
        return By.xpath("(//*[@id='fee-rows']/vaadin-horizontal-layout)[" + row + "]//vaadin-text-field[label[normalize-space(.)='"
                + label + "']]//input");
    }
}
