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
 * PUB-3 and PART-1 in the browser, without signing in: the demo association's public catalogue lists
 * its draft open for public comment and its published standards, finds one by search and opens it;
 * a member of the public proves an e-mail address with the code mailed to it and comments.
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

    @Test
    void a_member_of_the_public_proves_an_address_by_the_mailed_link_and_comments_on_the_open_draft() {
        String address = "gongzhong-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        browser.open("/catalogue/ZJZZ");
        browser.click(By.xpath("//a[normalize-space(.)='" + OPEN_DRAFT + "']"));
        browser.type(By.cssSelector("#public-comment-email input"), address);
        browser.click(By.id("public-comment-send-code"));
        assertThat(browser.waitForPageText("验证码已发送")).contains("验证码已发送至 " + address);

        Matcher link = Pattern.compile("(/catalogue/ZJZZ/[0-9a-f-]{36}\\?verification=[0-9a-f-]{36}&code=\\d{6})")
                .matcher(RunningServer.lastMailTo(address, Duration.ofSeconds(30)));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        assertThat(browser.waitForPageText("邮箱已验证")).contains("2 小时内可继续提出意见");

        browser.type(By.cssSelector("#public-comment-name input"), "周女士");
        browser.type(By.cssSelector("#public-comment-clause input"), "6.2");
        browser.type(By.cssSelector("#public-comment-text textarea"), "能效指标应按班次统计，便于车间对比。");
        browser.click(By.id("public-comment-submit"));
        assertThat(browser.waitForPageText("已提交第")).contains("已提交第 2 条意见");
    }
}
