package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** LC-8 in the browser: the secretariat records a training on a published standard and sees the figures grow. */
@ExtendWith(RunningServer.class)
class ImplementationEndToEndIT {

    static final String STANDARD = "工业互联网平台 设备接入 通用要求";
    static final By FIGURES = By.id("implementation-figures");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_secretariat_records_a_training_and_the_figures_count_it() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='标准项目']"));
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + STANDARD + "']"));

        assertThat(browser.waitForText(FIGURES, "培训 1 次")).contains("宣贯 1 次", "共 208 人参加", "转化申请 1 项");
        assertThat(browser.text(By.id("implementation-grid"))).contains("申请转化为浙江省地方标准", "地方标准 · 待答复");

        browser.click(By.id("implementation-add"));
        browser.typeAndEnter(By.cssSelector("#record-kind input"), "培训");
        browser.typeAndEnter(By.cssSelector("#record-occurredOn input"),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.type(By.cssSelector("#record-title input"), "设备接入标准宁波专场培训");
        browser.type(By.cssSelector("#record-counterpart input"), "宁波市智能制造协会");
        browser.type(By.cssSelector("#record-participants input"), "32");
        browser.click(By.id("record-save"));

        assertThat(browser.waitForText(FIGURES, "培训 2 次")).contains("共 240 人参加");
        assertThat(browser.waitForText(By.id("implementation-grid"), "设备接入标准宁波专场培训")).contains("32 人参加");
        assertThat(browser.waitForText(By.id("standard-history"), "登记实施情况")).contains("TRAINING");
    }
}
