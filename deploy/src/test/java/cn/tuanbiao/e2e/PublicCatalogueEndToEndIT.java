package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUB-3 in the browser, without signing in: the demo association's public catalogue lists its draft
 * open for public comment and its published standards, finds one by search and opens it.
 */
@ExtendWith(RunningServer.class)
class PublicCatalogueEndToEndIT {

    static final String OPEN_DRAFT = "数字化车间 能效监测 通用要求";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anyone_finds_the_open_draft_and_a_published_standard_without_signing_in() {
        browser.open("/catalogue/ZJZZ");

        assertThat(browser.waitForText(By.id("catalogue-title"), "公开目录")).contains("浙江省智能制造");
        assertThat(browser.waitForText(By.id("catalogue-drafts"), OPEN_DRAFT)).doesNotContain("智能制造 数字孪生");
        assertThat(browser.waitForText(By.id("catalogue-published"), "T/ZJZZ 4")).contains("T/ZJZZ 1");

        browser.type(By.cssSelector("#catalogue-search input"), "伺服电机");
        String found = browser.until(d -> {
            String text = d.findElement(By.id("catalogue-published")).getText();
            return text.contains("工业机器人用伺服电机") && !text.contains("T/ZJZZ 4") ? text : null;
        });
        assertThat(found).contains("T/ZJZZ 1");

        browser.click(By.xpath("//a[normalize-space(.)='" + OPEN_DRAFT + "']"));
        assertThat(browser.waitForText(By.id("entry-title"), OPEN_DRAFT)).isEqualTo(OPEN_DRAFT);
        assertThat(browser.text(By.id("entry-status"))).isEqualTo("征求意见中");
        assertThat(browser.text(By.id("entry-document-DRAFT_FOR_COMMENT"))).isEqualTo("征求意见稿");
    }
}
