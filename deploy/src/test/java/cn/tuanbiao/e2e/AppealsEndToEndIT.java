package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PART-6 and SUP-2 in the browser: the association's secretariat records a handling step on the
 * demo appeal; the provincial authority's supervisor finds the complaint escalated to it in the
 * 投诉转办 inbox and records its receipt; anyone files a complaint from the public catalogue and
 * follows it on its page.
 */
@ExtendWith(RunningServer.class)
class AppealsEndToEndIT {

    static final String HUANG_HAI = "huanghai@zjamr.gov.cn";
    static final String ESCALATED = "以参与团体标准起草为名收取费用";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_secretariat_records_a_mediation_on_the_appeal_under_handling() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='申诉投诉']"));
        assertThat(browser.waitForText(By.id("cases-grid"), "协作机器人")).contains("ZJZZ申〔", "已受理（办理中）",
                "已办结");

        browser.click(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '协作机器人 安全评估方法')]"));
        assertThat(browser.waitForText(By.id("case-steps"), "协商")).contains("周建平");
        browser.click(By.id("case-add-step"));
        browser.choose(By.id("step-kind"), "调解");
        browser.type(By.cssSelector("#step-participants input"), "秘书处、申诉人、特邀专家陈立新");
        browser.type(By.cssSelector("#step-summary textarea"), "专家比对了国际标准的碰撞试验方法，双方同意在修订时采纳");
        browser.click(By.id("step-save"));
        assertThat(browser.waitForText(By.id("case-steps"), "调解")).contains("特邀专家陈立新");
        assertThat(browser.waitForText(By.id("case-timeline"), "记录处理步骤")).contains("张伟");
    }

    @Test
    void the_supervisor_finds_the_escalated_complaint_in_the_inbox_and_records_its_receipt() {
        browser.signInAs(HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='投诉转办']"));
        assertThat(browser.waitForText(By.id("referrals-grid"), ESCALATED)).contains("浙江省智能制造产业协会",
                "ZJZZ申〔");

        browser.click(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + ESCALATED + "')]"));
        assertThat(browser.waitForText(By.id("referral-title"), ESCALATED)).isEqualTo(ESCALATED);
        assertThat(browser.waitForText(By.id("referral-timeline"), "提请监管部门处理")).contains("作出处理结论");
        browser.click(By.id("referral-record"));
        assertThat(browser.waitForText(By.id("referral-status"), "监管部门已受理")).isEqualTo("监管部门已受理");
    }

    @Test
    void anyone_files_a_complaint_from_the_public_catalogue_after_proving_an_address() {
        String address = "jubao-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        browser.open("/catalogue/ZJZZ");
        browser.click(By.cssSelector("#catalogue-complaint vaadin-details-summary"));
        browser.type(By.cssSelector("#public-complaint-email input"), address);
        browser.click(By.id("public-complaint-send-code"));
        assertThat(browser.waitForPageText("验证码已发送")).contains(address);

        Matcher link = Pattern.compile("(/catalogue/ZJZZ\\?complaintVerification=[0-9a-f-]{36}&code=\\d{6})")
                .matcher(RunningServer.lastMailTo(address, Duration.ofSeconds(30)));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        assertThat(browser.waitForPageText("邮箱已验证")).contains("2 小时内可提交投诉举报");

        browser.type(By.cssSelector("#public-complaint-name input"), "刘女士");
        browser.type(By.cssSelector("#public-complaint-title input"), "团体标准与强制性国家标准重复");
        browser.type(By.cssSelector("#public-complaint-description textarea"), "该会发布的标准与已有强制性国家标准内容重复");
        browser.click(By.id("public-complaint-submit"));
        assertThat(browser.waitForText(By.id("public-complaint-receipt"), "已登记")).contains("ZJZZ申〔");

        browser.click(By.xpath("//a[contains(@href, '/complaints/ZJZZ/')]"));
        assertThat(browser.waitForText(By.id("public-case-status"), "已登记")).contains("团体标准与强制性国家标准重复");
    }
}
