package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-1 in the browser, as the demo alliance's secretariat 赵敏 (CSJTB) sees it in Chinese: the roster of
 * current members with ZJZZ's indicators; ZJZZ's page, where she adds one of its people to the alliance's
 * 标准应用委员会; the training scheduled for two weeks from now with its two registrations; and the open
 * award round, where she records the outcome of ZJZZ's nomination.
 */
@ExtendWith(RunningServer.class)
class AllianceEndToEndIT {

    static final String ZHAO_MIN = "zhaomin@csjtb.org.cn";
    static final String ZJZZ = "浙江省智能制造产业协会";
    static final String JSXCL = "江苏省新材料学会";
    static final Pattern OVERDUE = Pattern.compile("复审逾期 (\\d+) 项");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_secretariat_sees_zjzz_on_the_roster_adds_a_person_to_the_committee_sees_registrations_and_records_an_award_SUP_1() {
        browser.signInAs(ZHAO_MIN, SignInEndToEndIT.PASSWORD);

        // the roster: the current members with their indicators, ZJZZ among them with its convention accepted
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='成员名录与指标']"));
        assertThat(browser.waitForText(By.id("alliance-roster-summary"), "现有成员")).isEqualTo("现有成员 4 个");
        assertThat(browser.title()).isEqualTo("成员名录与指标 · 团标通");
        String roster = browser.waitForText(By.id("alliance-roster"), ZJZZ);
        assertThat(roster).contains("ZJZZ", JSXCL);

        // ZJZZ's page: its indicators, and its people in the alliance's bodies
        browser.click(By.xpath("//vaadin-grid[@id='alliance-roster']/vaadin-grid-cell-content[normalize-space(.)='" + ZJZZ + "']"));
        browser.waitForPageText(ZJZZ + "（ZJZZ）");
        String indicators = browser.waitForText(By.id("alliance-member-indicators"), "复审逾期");
        assertThat(indicators).contains("现行", "在研", "自我声明已确认", "未结申诉投诉");
        Matcher overdue = OVERDUE.matcher(indicators);
        assertThat(overdue.find()).as(indicators).isTrue();
        assertThat(Integer.parseInt(overdue.group(1))).as("ZJZZ has standards overdue for periodic review").isPositive();
        assertThat(browser.waitForText(By.id("alliance-member-participants"), "张伟")).contains("标准应用委员会", "主任委员");

        // add 李娜 of ZJZZ to the committee as 委员
        browser.choose(By.id("alliance-participant-body"), "标准应用委员会");
        browser.type(By.cssSelector("#alliance-participant-name input"), "李娜");
        chooseExactly(By.id("alliance-participant-role"), "委员");
        browser.click(By.id("alliance-participant-add"));
        String participants = browser.waitForText(By.id("alliance-member-participants"), "李娜");
        assertThat(participants).contains("张伟", "李娜", "委员", ZJZZ);

        // the training: two registrations, of ZJZZ's and JSXCL's people
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='培训活动']"));
        browser.click(By.xpath("//vaadin-grid[@id='alliance-trainings']/vaadin-grid-cell-content"
                + "[starts-with(normalize-space(.), '团体标准编写规则')]"));
        assertThat(browser.waitForText(By.id("alliance-training-title"), "报名"))
                .isEqualTo("团体标准编写规则（GB/T 1.1—2020）实务培训 · 报名 2/40");
        assertThat(browser.waitForText(By.id("alliance-training-registrations"), "王强"))
                .contains("陈静", ZJZZ, JSXCL, "未记录");

        // the award round: ZJZZ's nomination, whose outcome she records
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='奖项推荐']"));
        browser.click(By.xpath("//vaadin-grid[@id='alliance-award-rounds']/vaadin-grid-cell-content"
                + "[contains(normalize-space(.), '优秀成果推荐')]"));
        By nominations = By.id("alliance-award-nominations");
        assertThat(browser.waitForText(nominations, "工业机器人用伺服电机 技术条件")).contains(ZJZZ, "T/ZJZZ", "张伟", "待定");
        browser.click(By.xpath("//vaadin-grid[@id='alliance-award-nominations']/vaadin-grid-cell-content"
                + "//vaadin-button[normalize-space(.)='记录结果']"));
        chooseExactly(By.id("alliance-award-outcome"), "推荐");
        browser.click(By.id("alliance-award-save"));
        String decided = browser.until(d -> {
            String text = d.findElement(nominations).getText();
            return text.contains("待定") ? null : text;
        });
        assertThat(decided).contains("工业机器人用伺服电机 技术条件", "推荐").doesNotContain("记录结果");
    }

    /** Picks the option whose whole text is {@code option} (委员 and not 主任委员, 推荐 and not 未推荐). */
    private void chooseExactly(By select, String option) {
        browser.click(select);
        browser.click(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='" + option + "']"));
        browser.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    }
}
