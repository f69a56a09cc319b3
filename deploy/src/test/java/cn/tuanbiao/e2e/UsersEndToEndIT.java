package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization administrator brings a colleague in: invites them with a role, the colleague
 * opens the link, chooses a password, signs in and works in the organization with that role.
 */
@ExtendWith(RunningServer.class)
class UsersEndToEndIT {

    static final By USERS_GRID = By.id("users-grid");
    static final By PENDING = By.id("pending-invitations");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void an_invited_colleague_joins_with_the_role_the_administrator_chose() {
        String email = "zhao.lei." + UUID.randomUUID().toString().substring(0, 6) + "@zjzz.org.cn";
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='用户与角色']"));
        assertThat(browser.waitForText(USERS_GRID, "李娜")).contains("张伟", "管理员、秘书处");

        browser.click(By.id("invite-user"));
        browser.type(By.cssSelector("#invite-email input"), email);
        browser.type(By.cssSelector("#invite-name input"), "赵磊");
        browser.click(By.xpath("//*[@id='invite-roles']//label[normalize-space(.)='工作组成员']"));
        browser.click(By.id("invite-save"));
        String link = browser.waitForText(By.id("invitation-link"), "/invitation/");
        browser.click(By.id("invitation-link-close"));
        assertThat(browser.waitForText(PENDING, email)).contains("赵磊", "工作组成员");

        browser.click(By.id("sign-out"));
        browser.waitFor(SignInEndToEndIT.SIGN_IN_FORM);
        browser.open(link.substring(link.indexOf("/invitation/")));
        assertThat(browser.waitForPageText("邀请您以")).contains("浙江省智能制造产业协会 邀请您以「工作组成员」身份加入");
        browser.type(By.cssSelector("#invitation-password input"), "short");
        browser.click(By.id("invitation-accept"));
        browser.waitFor(By.cssSelector("#invitation-password[invalid]"));
        assertThat(browser.text(By.cssSelector("#invitation-password [slot='error-message']"))).isEqualTo("密码至少 10 位");

        browser.type(By.cssSelector("#invitation-password input"), "Zhaolei-2025");
        browser.click(By.id("invitation-accept"));
        browser.waitFor(SignInEndToEndIT.SIGN_IN_FORM);
        browser.signInAs(email, "Zhaolei-2025");

        assertThat(browser.waitForText(SignInEndToEndIT.DASHBOARD_TITLE, "赵磊")).isEqualTo("欢迎，赵磊");
        assertThat(browser.text(SignInEndToEndIT.DASHBOARD)).contains("浙江省智能制造产业协会", "工作组成员");
    }
}
