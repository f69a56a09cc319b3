package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-5 in the browser: the innovation base's administrator 周婷 registers the demo's linked Hefei
 * centre's application with its 申报书, passes the formal check, records two advisory-committee
 * experts and their conclusion, approves construction, and the page shows every window computed
 * from the approval date in Chinese; the centre's administrator 钱慧 then finds the file and the
 * construction-plan deadline under 本中心建设档案. The base also follows a centre's yearly targets.
 */
@ExtendWith(RunningServer.class)
class InnovationBaseEndToEndIT {

    static final String ZHOU_TING = "zhouting@cxjd.org.cn";
    static final String QIAN_HUI = "qianhui@hfxny.org.cn";
    static final String HEFEI = "国家技术标准创新基地（长三角）合肥新能源汽车区域中心";
    static final String SUZHOU = "国家技术标准创新基地（长三角）苏州智能制造行业中心";
    static final By CENTRES = By.id("centres");
    static final By STAGE = By.id("centre-stage");
    static final By DEADLINES = By.id("centre-deadlines");
    static final By CONFIRM = By.id("centre-dialog-confirm");
    static final Pattern APPROVED_ON = Pattern.compile("批准筹建日期：(\\d{4}-\\d{2}-\\d{2})（长三角基地〔\\d{4}〕12号）");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_base_carries_an_application_to_approval_and_the_centre_sees_its_file_and_windows_SUP_5() throws IOException {
        browser.signInAs(ZHOU_TING, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='区域（行业）中心']"));
        browser.waitForText(CENTRES, "宁波新材料区域中心");

        // 登记申报: the linked centre without a file is offered; the name follows the organization's
        browser.click(By.id("centre-apply"));
        browser.typeAndEnter(By.xpath("//vaadin-combo-box[label[normalize-space(.)='申报单位']]//input"), HEFEI);
        browser.choose(By.xpath("//vaadin-select[label[normalize-space(.)='中心类型']]"), "区域中心");
        browser.click(CONFIRM);
        assertThat(browser.waitForText(By.tagName("vaadin-notification-card"), "已登记申报")).contains(HEFEI);
        assertThat(browser.waitForText(CENTRES, HEFEI)).contains("已申报（待形式审查）");

        browser.click(By.xpath("//vaadin-grid[@id='centres']//a[normalize-space(.)='" + HEFEI + "']"));
        browser.waitForExactText(By.id("centre-name"), HEFEI);
        browser.waitForExactText(STAGE, "已申报（待形式审查）");

        // the application's 申报书 goes on the file
        Path application = Files.createTempFile("合肥新能源汽车区域中心申报书-", ".pdf");
        Files.writeString(application, "%PDF-1.4\n% 申报书\n%%EOF\n", StandardCharsets.UTF_8);
        browser.click(By.id("centre-upload"));
        browser.choose(By.xpath("//vaadin-select[label[normalize-space(.)='文件类型']]"), "区域（行业）中心申报书");
        browser.upload(By.tagName("vaadin-upload"), application);
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-upload').files.some(f => f.complete);")) ? true : null);
        browser.click(CONFIRM);
        assertThat(browser.waitForText(By.id("centre-documents"), "区域（行业）中心申报书"))
                .contains(application.getFileName().toString());

        // 形式审查: complete
        act("centre-action-formal-check");
        check("材料齐全");
        browser.click(CONFIRM);
        browser.waitForExactText(STAGE, "专家论证中");
        assertThat(browser.text(By.id("centre-timeline"))).contains("登记申报 · 周婷", "形式审查通过，进入专家论证");

        // the advisory committee: two experts' opinions, then its conclusion
        opinion("陈立新（咨评委）", "依托单位在动力电池领域试验验证能力突出，同意筹建。");
        opinion("刘敏（咨评委）", "建议筹建期内优先开展电池回收利用标准研制。");
        assertThat(browser.waitForPageText("咨评委专家意见")).contains("陈立新（咨评委）：依托单位在动力电池领域试验验证能力突出",
                "刘敏（咨评委）：建议筹建期内优先开展电池回收利用标准研制");
        act("centre-action-review-conclusion");
        check("通过");
        browser.type(By.xpath("//vaadin-text-area[label[normalize-space(.)='论证结论']]//textarea"), "咨评委论证通过，同意筹建");
        browser.click(CONFIRM);
        browser.waitForExactText(STAGE, "论证通过（待批准筹建）");

        // 批准筹建, dated today by default: every window runs from that day
        act("centre-action-approve-construction");
        String reference = "长三角基地〔" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "〕12号";
        browser.type(By.xpath("//vaadin-text-field[label[normalize-space(.)='批复文号']]//input"), reference);
        browser.click(CONFIRM);
        browser.waitForExactText(STAGE, "筹建中");
        Matcher approval = APPROVED_ON.matcher(browser.waitForPageText("批准筹建日期："));
        assertThat(approval.find()).isTrue();
        LocalDate approvedOn = LocalDate.parse(approval.group(1));
        assertThat(browser.waitForPageText("筹建期至 ")).contains("筹建期至 " + approvedOn.plusYears(1));
        assertThat(browser.waitForText(DEADLINES, "报送建设方案")).contains(
                approvedOn.plusMonths(2) + "：报送建设方案（未到期）",
                approvedOn.plusYears(1).minusMonths(1) + "：提出验收申请（或延期申请）（未到期）",
                approvedOn.plusYears(1) + "：筹建期届满（未到期）");
        assertThat(browser.text(By.id("centre-timeline"))).contains("批准筹建 · 周婷 · " + reference);

        // the centre's administrator reads the same file and its first deadline
        browser.click(By.id("sign-out"));
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.signInAs(QIAN_HUI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='本中心建设档案']"));
        browser.waitForExactText(By.id("centre-name"), HEFEI);
        browser.waitForExactText(STAGE, "筹建中");
        assertThat(browser.waitForText(DEADLINES, "报送建设方案"))
                .contains(approvedOn.plusMonths(2) + "：报送建设方案（未到期）");
        assertThat(browser.waitForPageText("批准筹建日期：")).contains("批准筹建日期：" + approvedOn + "（" + reference + "）",
                "陈立新（咨评委）");
        assertThat(browser.text(By.id("centre-actions"))).contains("报送建设方案");
    }

    @Test
    void the_base_sees_a_centres_yearly_targets_and_the_list_warns_of_a_closing_window_SUP_5() {
        browser.signInAs(ZHOU_TING, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='区域（行业）中心']"));
        assertThat(browser.waitForText(CENTRES, "宁波新材料区域中心"))
                .contains("提出验收申请（或延期申请）（即将到期）", SUZHOU, "行业中心", "筹建中")
                .doesNotContainPattern("\\d,\\d{3} ?年");

        browser.click(By.xpath("//vaadin-grid[@id='centres']//a[normalize-space(.)='" + SUZHOU + "']"));
        browser.waitForExactText(By.id("centre-name"), SUZHOU);
        assertThat(browser.waitForText(By.id("centre-targets"), "团体标准")).contains("团体标准 3/5", "培训 1/2");
        // years read as years, not as thousands ("2,026 年")
        assertThat(browser.waitForPageText(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + " 年度目标"))
                .doesNotContainPattern("\\d,\\d{3} ?年");
        assertThat(browser.waitForPageText("年度成果")).contains("协作机器人 安全要求",
                "智能制造团体标准宣贯培训（苏州） · 86（中心填报）");
    }

    private void act(String button) {
        browser.click(By.id(button));
    }

    private void check(String label) {
        browser.click(By.xpath("//vaadin-checkbox/label[normalize-space(.)='" + label + "']"));
    }

    private void opinion(String expert, String text) {
        act("centre-action-expert-opinion");
        browser.type(By.xpath("//vaadin-text-field[label[normalize-space(.)='专家姓名']]//input"), expert);
        browser.type(By.xpath("//vaadin-text-area[label[normalize-space(.)='意见']]//textarea"), text);
        browser.click(CONFIRM);
        browser.waitForPageText(expert + "：" + text);
    }
}
