package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the packaged server in a real browser, and the workspace a member of two
 * organizations sees: Chinese first, whatever the browser asks for.
 */
@ExtendWith(RunningServer.class)
class SignInEndToEndIT {

    static final String PASSWORD = "Tuanbiao@2025";
    static final String ZHANG_WEI = "zhangwei@zjzz.org.cn";
    static final String LI_NA = "lina@zjzz.org.cn";
    static final String ASSOCIATION = "浙江省智能制造产业协会";
    static final String ALLIANCE = "长三角团体标准联盟";

    static final By SIGN_IN_FORM = By.tagName("vaadin-login-form");
    static final By SIGN_IN_BOX = By.tagName("vaadin-login-form-wrapper");
    static final By DASHBOARD_TITLE = By.id("dashboard-title");
    static final By DASHBOARD = By.xpath("//*[@id='dashboard-title']/..");
    static final By NAVIGATION = By.tagName("vaadin-side-nav");
    static final By SWITCHER = By.id("organization-switcher");
    static final By LANGUAGE = By.id("language-switch");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anyone_opening_the_workspace_meets_the_sign_in_page_in_chinese_even_with_an_english_browser() {
        browser.open("/");

        browser.waitFor(SIGN_IN_FORM);
        assertThat(browser.title()).isEqualTo("登录 · 团标通");
        assertThat(browser.shadowText(SIGN_IN_BOX, "[part='form-title']")).isEqualTo("团标通 · 团体标准工作平台");
        assertThat(browser.text(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] label")))
                .isEqualTo("账号（电子邮箱）");
        assertThat(browser.text(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] label")))
                .isEqualTo("密码");
        assertThat(browser.text(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))).isEqualTo("登录");
        assertThat(browser.isPresent(DASHBOARD_TITLE)).isFalse();
    }

    @Test
    void a_wrong_password_is_refused_in_chinese_and_the_sign_in_page_stays() {
        browser.open("/");
        browser.submitSignIn(LI_NA, "Tuanbiao@2024");

        assertThat(browser.shadowText(SIGN_IN_BOX, "[part='error-message']")).contains("账号或密码不正确");
        assertThat(browser.title()).isEqualTo("登录 · 团标通");
        assertThat(browser.isPresent(SIGN_IN_FORM)).isTrue();
        assertThat(browser.isPresent(DASHBOARD_TITLE)).isFalse();
    }

    @Test
    void an_administrator_signs_in_to_the_chinese_dashboard_of_their_association() {
        browser.signInAs(ZHANG_WEI, PASSWORD);

        assertThat(browser.text(DASHBOARD_TITLE)).isEqualTo("欢迎，张伟");
        assertThat(browser.title()).isEqualTo("工作台 · 团标通");
        assertThat(browser.text(DASHBOARD)).contains("当前组织", ASSOCIATION, "T/ZJZZ", "您的角色", "管理员、秘书处");
        assertThat(browser.text(SWITCHER)).contains(ASSOCIATION + "（协会）");
        assertThat(browser.text(NAVIGATION)).contains("工作台", "标准项目", "用户与角色");
        System.out.printf("RSS after sign-in: %d MiB%n", RunningServer.residentMemoryMiB());
    }

    @Test
    void the_dashboard_figures_are_laid_out_as_cards_by_the_platform_stylesheet() {
        browser.signInAs(ZHANG_WEI, PASSWORD);

        var firstCard = browser.waitFor(By.cssSelector(".tb-card"));
        assertThat(firstCard.getCssValue("border-top-style")).as("card border from /styles/tuanbiao.css").isEqualTo("solid");
    }

    @Test
    void switching_to_the_alliance_shows_the_alliance_instead_of_the_association() {
        browser.signInAs(ZHANG_WEI, PASSWORD);
        browser.waitForText(DASHBOARD, ASSOCIATION);

        browser.choose(SWITCHER, ALLIANCE);

        String dashboard = browser.waitForText(DASHBOARD, ALLIANCE);
        assertThat(dashboard).contains("T/CSJTB", "理事会成员、会员代表").doesNotContain(ASSOCIATION, "管理员");
        assertThat(browser.text(SWITCHER)).contains(ALLIANCE + "（联盟）").doesNotContain(ASSOCIATION);
    }

    @Test
    void the_language_button_switches_the_workspace_to_english_and_back() {
        browser.signInAs(ZHANG_WEI, PASSWORD);

        browser.click(LANGUAGE);
        browser.waitForText(DASHBOARD_TITLE, "Welcome, 张伟");
        assertThat(browser.text(NAVIGATION)).contains("Dashboard", "Users & roles").doesNotContain("工作台");
        assertThat(browser.text(DASHBOARD)).contains("Your roles", "Administrator");
        assertThat(browser.text(LANGUAGE)).isEqualTo("中文");

        browser.click(LANGUAGE);
        browser.waitForText(DASHBOARD_TITLE, "欢迎，张伟");
        assertThat(browser.text(NAVIGATION)).contains("工作台", "用户与角色").doesNotContain("Dashboard");
        assertThat(browser.text(LANGUAGE)).isEqualTo("English");
    }
}
