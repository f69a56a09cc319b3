package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-2 and PUB-4 in the browser, as the demo provincial authority's 黄海 works them: the compliance
 * risk list of Zhejiang (合规风险) with ZJZZ and its overdue periodic reviews, filtered by kind of risk
 * and sorted, exported to Excel and read back; then a violation case (违规处理) recorded against WZFZ,
 * refused publication before its decision, decided, published, followed on its way to the national
 * registry, and corrected (更正) with its reason.
 */
@ExtendWith(RunningServer.class)
class ComplianceEndToEndIT {

    static final String ZJZZ = SupervisionEndToEndIT.ZJZZ;
    static final String WZFZ = SupervisionEndToEndIT.WZFZ;
    static final By RISKS = By.id("risks-grid");
    static final By TOTAL = By.id("risks-total");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_authority_finds_zjzz_with_its_overdue_reviews_filters_sorts_and_exports_the_risk_list_SUP_2()
            throws IOException {
        browser.signInAs(SupervisionEndToEndIT.HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='合规风险']"));
        assertThat(browser.waitForText(TOTAL, "存在风险的团体")).matches("存在风险的团体 \\d+ 个");
        assertThat(browser.title()).isEqualTo("合规风险清单 · 团标通");
        // the demo: WZFZ lets a dispute run past its limit (high), ZJZZ has overdue reviews and unconfirmed declarations
        assertThat(browser.waitForText(RISKS, ZJZZ)).contains("ZJZZ", WZFZ, "WZFZ", "高", "中", "复审逾期",
                "自我声明未确认", "投诉逾期未办结", "风险等级");

        // one kind of risk: only the organizations with overdue reviews are left
        browser.choose(By.id("risks-filter-kind"), "复审逾期");
        browser.choose(By.xpath("//vaadin-select[label[normalize-space(.)='排序']]"), "风险数量从多到少");
        browser.click(By.id("risks-apply"));
        String filtered = browser.until(d -> {
            String text = d.findElement(RISKS).getText();
            return text.contains(ZJZZ) && !text.contains(WZFZ) ? text : null;
        });
        assertThat(filtered).contains("ZJZZ", "330106");
        assertThat(browser.text(TOTAL)).isEqualTo("存在风险的团体 1 个");

        // the list as filtered, as Excel with its Chinese headers
        Path excel = browser.download(By.xpath("//a[normalize-space(.)='导出 Excel']"));
        assertThat(excel.getFileName().toString()).isEqualTo("合规风险清单.xlsx");
        assertThat(Files.readAllBytes(excel)).startsWith('P', 'K');
        List<List<String>> rows = SupervisionEndToEndIT.sheet(excel);
        assertThat(rows.get(0)).containsExactly("合规风险清单");
        assertThat(rows.get(1)).containsExactly("序号", "团体名称", "社会团体代号", "团体类型", "地区代码", "风险等级",
                "复审逾期", "自我声明未确认", "投诉逾期未办结", "良好行为基本条件未满足", "风险合计");
        assertThat(rows.subList(2, rows.size())).singleElement().satisfies(row ->
                assertThat(row.subList(0, 5)).containsExactly("1", ZJZZ, "ZJZZ", "协会", "330106"));
        // the demo has two standards overdue for periodic review (LC-6); another test may review one of them
        int overdue = Integer.parseInt(rows.get(2).get(6));
        assertThat(overdue).isBetween(1, 2);

        // a click opens the organization with its risks, and the way to record a violation
        browser.click(By.xpath("//vaadin-grid[@id='risks-grid']/vaadin-grid-cell-content[normalize-space(.)='" + ZJZZ + "']"));
        assertThat(browser.waitForText(By.id("supervised-organization-risks"), "复审逾期 " + overdue))
                .startsWith("风险等级：中").contains("自我声明未确认", "投诉逾期未办结 0");
        browser.click(By.id("supervised-organization-record-violation"));
        browser.waitForText(By.id("violations-grid"), ZJZZ);
        assertThat(browser.waitFor(By.cssSelector("#violation-organization input")).getAttribute("value")).isEqualTo("ZJZZ");
    }

    @Test
    void a_violation_is_published_only_once_decided_and_its_way_to_the_registry_shows_PUB_4() {
        String rule = "《团体标准管理规定》第十条 " + UUID.randomUUID().toString().substring(0, 6);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String number = "浙市监团处〔" + year + "〕" + (100 + (int) (Math.random() * 900)) + "号";
        browser.signInAs(SupervisionEndToEndIT.HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='违规处理']"));
        assertThat(browser.waitForText(By.id("violations-grid"), ZJZZ)).as("the demo's published case")
                .contains("已公开");

        browser.type(By.cssSelector("#violation-organization input"), "WZFZ");
        browser.type(By.cssSelector("#violation-rule input"), rule);
        browser.type(By.cssSelector("#violation-facts textarea"), "商会在团体标准立项时向参编单位收取“参编费”每家 5000 元。");
        browser.click(By.id("violation-record"));
        assertThat(browser.waitForText(By.tagName("h2"), "违规案件")).isEqualTo(WZFZ + "（WZFZ）违规案件");
        assertThat(browser.text(By.id("violation-status"))).isEqualTo("状态：已立案");

        // not before a decision
        browser.click(By.id("violation-publish"));
        assertThat(browser.waitForText(By.tagName("vaadin-notification-card"), "PUB-4"))
                .contains("【PUB-4】尚未作出处理决定，不能公开");
        assertThat(browser.text(By.id("violation-status"))).isEqualTo("状态：已立案");

        browser.choose(By.id("violation-decision-measure"), "警告");
        browser.type(By.cssSelector("#violation-decision-number input"), number);
        browser.type(By.cssSelector("#violation-decision-text textarea"), "对温州市服装商会予以警告，责令退还所收参编费。");
        browser.click(By.id("violation-decide"));
        browser.waitForExactText(By.id("violation-status"), "状态：已作出处理决定");
        assertThat(browser.pageText()).contains("处理措施：警告", "处理决定文号：" + number);

        browser.click(By.id("violation-publish"));
        browser.waitForExactText(By.id("violation-status"), "状态：已公开");
        assertThat(browser.pageText()).containsPattern("已于 \\d{4}-\\d{2}-\\d{2} 公开");
        assertThat(browser.waitForText(By.id("violation-sync"), "处理决定公开")).contains("序号", "状态");
        // the relay delivers it to the reference registry, which receives it
        assertThat(waitForRegistry()).contains("处理决定公开", "平台已接收", "回执");

        // 更正: the number was wrong; the correction needs its reason, then goes to the registry as an update
        String corrected = number.replace("号", "-1号");
        browser.click(By.id("violation-correct"));
        browser.type(By.cssSelector("#violation-correction-number input"), corrected);
        browser.click(By.id("violation-correction-confirm"));
        assertThat(browser.waitForText(By.cssSelector("#violation-correction-reason [slot='error-message']"), "PUB-4"))
                .contains("【PUB-4】更正须写明更正原因");
        browser.type(By.cssSelector("#violation-correction-reason textarea"), "原处理决定文号录入有误，更正为正式文号。");
        browser.click(By.id("violation-correction-confirm"));
        browser.waitForPageText("处理决定文号：" + corrected);
        assertThat(browser.waitForText(By.id("violation-status"), "已更正 1 次")).contains("已公开");
        assertThat(waitForRegistry(2)).contains("更正", "处理决定公开");
        assertThat(browser.waitForText(By.id("violation-history"), "更正处理决定"))
                .contains("原处理决定文号录入有误", "previous.number=" + number);

        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='违规处理']"));
        assertThat(browser.waitForText(By.id("violations-grid"), corrected)).contains(rule, "已公开（已更正 1 次）", "警告", "平台已接收");
    }

    /** The case page's sync table once the registry has answered, reloading as a person would. */
    private String waitForRegistry() {
        return waitForRegistry(1);
    }

    /** The sync table once the registry has answered all {@code events} of the case. */
    private String waitForRegistry(int events) {
        String url = browser.currentUrl();
        return browser.until(d -> {
            String text = d.findElement(By.id("violation-sync")).getText();
            int answered = text.split("平台已接收|平台退回|发送失败", -1).length - 1;
            if (answered >= events) {
                return text;
            }
            d.navigate().to(url);
            return null;
        });
    }
}
