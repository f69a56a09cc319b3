package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PART-3 in the browser: the secretariat finds the council meeting held with quorum, its minutes
 * and decision, and convenes a coordination meeting whose attendance waits for its start.
 */
@ExtendWith(RunningServer.class)
class MeetingsEndToEndIT {

    static final By GRID = By.id("meetings-grid");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_secretariat_reads_the_held_council_meeting_and_convenes_a_coordination_meeting() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='会议']"));
        assertThat(browser.waitForText(GRID, "工业机器人标准工作组工作会议")).contains("第三届理事会", "已举行", "达到法定人数");

        browser.click(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '第三届理事会') "
                + "and contains(normalize-space(.), '第二次会议')]"));
        assertThat(browser.waitForText(By.id("meeting-quorum"), "达到法定人数")).contains("应到 3 席，实到 2 席");
        assertThat(browser.waitForText(By.id("meeting-minutes"), "纪要.pdf")).contains("会议纪要 v1");
        assertThat(browser.waitForText(By.id("meeting-decisions"), "ZJZZ决字〔")).contains("年度团体标准立项计划");

        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='会议']"));
        browser.click(By.id("meeting-convene"));
        browser.typeAndEnter(By.cssSelector("#meeting-body input"), "秘书处（秘书处）");
        browser.choose(By.id("meeting-kind"), "秘书处会议");
        browser.type(By.cssSelector("#meeting-title input"), "秘书处立项审议会");
        browser.type(By.cssSelector("#meeting-location input"), "协会三楼会议室");
        browser.type(By.cssSelector("#meeting-agenda vaadin-text-field input"), "审议《工业机器人 安全操作规范》立项申请");
        browser.click(By.id("meeting-save"));

        assertThat(browser.waitForText(By.id("meeting-title"), "秘书处立项审议会")).isEqualTo("秘书处立项审议会");
        assertThat(browser.text(By.id("meeting-status"))).isEqualTo("已召集");
        assertThat(browser.waitForPageText("会议开始后才能记录出席情况")).contains("审议《工业机器人 安全操作规范》立项申请");
    }
}
