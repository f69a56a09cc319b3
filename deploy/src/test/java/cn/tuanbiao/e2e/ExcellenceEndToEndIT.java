package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-4 in the browser: 黄海 finds ZJZZ and WZFZ in ZJSJ's excellence pool (培优计划), enters the
 * Ningbo centre of the innovation base by its code, opens it, reads the indicators an assessment rests
 * on and records this year's assessment, which the organization's history then shows with its grade.
 */
@ExtendWith(RunningServer.class)
class ExcellenceEndToEndIT {

    static final By POOL = By.id("excellence-grid");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_authority_enters_an_organization_into_the_pool_and_assesses_it_SUP_4() {
        browser.signInAs(SupervisionEndToEndIT.HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='培优计划']"));
        assertThat(browser.waitForText(POOL, SupervisionEndToEndIT.ZJZZ)).contains(SupervisionEndToEndIT.WZFZ);

        // the Ningbo centre (330212) is a standards organization of Zhejiang, not yet in the pool
        browser.type(By.cssSelector("#excellence-code input"), "nbxcl");
        browser.type(By.cssSelector("#excellence-reason input"), "新材料团体标准数量和质量居全省前列");
        browser.click(By.id("excellence-enter"));
        assertThat(browser.waitForText(By.tagName("vaadin-notification-card"), "已入选培优库"))
                .contains(SupervisionEndToEndIT.NBXCL);
        String pool = browser.waitForText(POOL, SupervisionEndToEndIT.NBXCL);
        assertThat(pool).contains("NBXCL", "330212");

        // never twice while it is in the pool
        browser.type(By.cssSelector("#excellence-code input"), "NBXCL");
        browser.type(By.cssSelector("#excellence-reason input"), "重复入选");
        browser.click(By.id("excellence-enter"));
        assertThat(browser.waitForPageText("不能重复入选")).contains("入选本部门培优库，不能重复入选（SUP-4）");

        browser.click(By.xpath("//vaadin-grid[@id='excellence-grid']/vaadin-grid-cell-content[normalize-space(.)='"
                + SupervisionEndToEndIT.NBXCL + "']"));
        assertThat(browser.waitForText(By.id("excellence-member"), "NBXCL"))
                .isEqualTo(SupervisionEndToEndIT.NBXCL + "（NBXCL）");
        // the form opens on this year, its entry year, with the indicators the assessment will keep
        String year = browser.waitFor(By.cssSelector("#assessment-year input")).getAttribute("value");
        assertThat(browser.waitForText(By.id("assessment-indicators"), "考核参照指标（" + year + " 年度）"))
                .contains("当年发布团体标准", "现行团体标准", "良好行为评价", "当年收到投诉", "逾期未复审标准");
        browser.type(By.cssSelector("#assessment-score input"), "86.5");
        browser.type(By.cssSelector("#assessment-comment textarea"), "标准质量较好，宣贯培训有待加强。");
        browser.click(By.id("assessment-record"));
        String history = browser.waitForText(By.id("excellence-history"), "年度考核");
        assertThat(history).contains("入选", "新材料团体标准数量和质量居全省前列", year, "86.5", "良好",
                "标准质量较好，宣贯培训有待加强。");
    }
}
