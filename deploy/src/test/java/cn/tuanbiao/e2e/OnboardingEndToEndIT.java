package cn.tuanbiao.e2e;

import cn.tuanbiao.organizations.domain.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform operator onboards a new organization (ORG-1) in a real browser; the unified
 * social credit code's check digit (ORG-2) is checked before anything is saved.
 */
@ExtendWith(RunningServer.class)
class OnboardingEndToEndIT {

    static final String PASSWORD = "Tuanbiao@2025";
    static final String OPERATOR = "operator@tuanbiao.cn";
    static final String ZHANG_WEI = "zhangwei@zjzz.org.cn";

    static final String NEW_ORGANIZATION = "杭州市数字经济标准化协会";
    /** The first 17 characters of its credit code; the 18th is the check character. */
    static final String CREDIT_CODE_BODY = "51330100MJ2025017";

    static final By NAVIGATION = By.tagName("vaadin-side-nav");
    static final By GRID = By.id("organizations-grid");
    static final By CREDIT_CODE = By.id("org-creditCode");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_operator_onboards_an_organization_only_once_its_credit_code_checks_out() {
        browser.signInAs(OPERATOR, PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='组织入驻']"));
        browser.waitForText(GRID, "浙江省智能制造产业协会");
        assertThat(browser.title()).isEqualTo("组织入驻 · 团标通");

        browser.click(By.id("onboard-organization"));
        fillInTheNewOrganization(wrongCreditCode());
        browser.click(By.id("org-save"));

        browser.waitFor(By.cssSelector("#org-creditCode[invalid]"));
        assertThat(browser.text(By.cssSelector("#org-creditCode [slot='error-message']")))
                .startsWith("统一社会信用代码校验位不正确");
        assertThat(browser.isPresent(By.cssSelector("#org-nameZh[invalid]"))).as("the other fields are fine").isFalse();
        assertThat(browser.text(GRID)).doesNotContain(NEW_ORGANIZATION);

        browser.type(By.cssSelector("#org-creditCode input"), validCreditCode());
        browser.click(By.id("org-save"));

        assertThat(browser.waitForText(By.tagName("vaadin-notification-card"), "已创建组织"))
                .contains("已创建组织：" + NEW_ORGANIZATION);
        assertThat(browser.waitForText(GRID, NEW_ORGANIZATION)).contains("T/HZSZ");
        // Next the operator invites the new organization's first administrator.
        browser.type(By.cssSelector("#admin-email input"), "qianjin@hzsz.org.cn");
        browser.type(By.cssSelector("#admin-name input"), "钱进");
        browser.click(By.id("admin-invite-save"));
        assertThat(browser.waitForPageText("qianjin@hzsz.org.cn")).contains("已生成邀请链接，请发送给 qianjin@hzsz.org.cn");
        assertThat(browser.text(By.id("invitation-link"))).contains("/invitation/");
    }

    @Test
    void the_operator_sees_an_alliances_members_and_cannot_make_an_authority_one_of_them() {
        browser.signInAs(OPERATOR, PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='组织入驻']"));
        browser.waitForText(GRID, "浙江省智能制造产业协会");
        browser.type(By.cssSelector("#organizations-search input"), "长三角团体标准联盟");
        // the search filters lazily: wait until the grid holds the alliance alone before clicking its row
        browser.until(driver -> !browser.text(GRID).contains("浙江省智能制造产业协会"));
        browser.scrollIntoView(By.id("links-CSJTB"));
        browser.click(By.id("links-CSJTB"));

        String links = browser.waitForText(By.id("organization-links-grid"), "浙江省智能制造产业协会");
        assertThat(links).contains("联盟成员", "下属成员", "至今", "江苏省新材料学会");

        browser.type(By.cssSelector("#link-other-code input"), "T/ZJSJ");
        browser.click(By.id("link-add"));
        browser.waitFor(By.cssSelector("#link-other-code[invalid]"));
        assertThat(browser.text(By.cssSelector("#link-other-code [slot='error-message']")))
                .contains("浙江省市场监督管理局", "不能成为联盟成员（SUP-1）");
        assertThat(browser.text(By.id("organization-links-grid"))).doesNotContain("浙江省市场监督管理局");
    }

    @Test
    void only_the_platform_operator_sees_organization_onboarding() {
        browser.signInAs(ZHANG_WEI, PASSWORD);

        assertThat(browser.waitForText(NAVIGATION, "用户与角色")).doesNotContain("组织入驻", "平台运营");

        browser.open("/platform/organizations");
        assertThat(browser.text(By.id("dashboard-title"))).isEqualTo("欢迎，张伟");
        assertThat(browser.isPresent(By.id("onboard-organization"))).isFalse();
    }

    private void fillInTheNewOrganization(String creditCode) {
        browser.choose(By.id("org-kind"), "协会");
        browser.type(By.cssSelector("#org-nameZh input"), NEW_ORGANIZATION);
        browser.type(By.cssSelector("#org-nameEn input"), "Hangzhou Digital Economy Standardization Association");
        browser.type(By.cssSelector("#org-code input"), "HZSZ");
        browser.type(By.cssSelector("#org-creditCode input"), creditCode);
        browser.type(By.cssSelector("#org-registrationAuthority input"), "杭州市民政局");
        browser.type(By.cssSelector("#org-regionCode input"), "330100");
        browser.typeAndEnter(By.cssSelector("#org-industryCode input"), "I65");
        browser.type(By.cssSelector("#org-contactName input"), "钱进");
        browser.type(By.cssSelector("#org-contactPhone input"), "0571-88886666");
        browser.type(By.cssSelector("#org-contactEmail input"), "office@hzsz.org.cn");
        browser.type(By.cssSelector("#org-businessScope textarea"), "开展数字经济领域团体标准的制定、宣贯与培训。");
    }

    private static String validCreditCode() {
        return CREDIT_CODE_BODY + CreditCode.checkCharacter(CREDIT_CODE_BODY);
    }

    /** The same code with any other check character. */
    private static String wrongCreditCode() {
        char right = CreditCode.checkCharacter(CREDIT_CODE_BODY);
        return CREDIT_CODE_BODY + (right == '0' ? '1' : '0');
    }
}
