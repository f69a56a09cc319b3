package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUB-1 in the browser and over the wire: the demo association's confirmed self-declaration is in
 * the reference national registry (a process of its own) by the time anyone looks; the secretariat
 * completes and confirms another standard's declaration on its page, sees the registry accept it,
 * and the public search of the registry finds it with what was declared; the organization's list of
 * what it sent (发布与自我声明) shows it accepted.
 */
@ExtendWith(RunningServer.class)
class RegistrySyncEndToEndIT {

    static final String UNCONFIRMED = "智能制造 数字化车间 数据采集规范";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_demo_declaration_is_in_the_national_registry_signed_and_searchable() {
        String found = awaitInRegistry("伺服电机", "工业机器人用伺服电机");

        assertThat(found).contains("T/ZJZZ 1—", "现行");
    }

    @Test
    void the_secretariat_confirms_a_declaration_and_the_registry_publishes_it() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='标准项目']"));
        browser.waitFor(By.id("standards-grid"));
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + UNCONFIRMED + "']"));
        assertThat(browser.waitForText(By.id("declaration-state"), "待确认")).contains("两项自我承诺");
        assertThat(browser.text(By.id("declaration-preview"))).contains("统一社会信用代码", "标准编号", "T/ZJZZ 2—");

        // Confirming without the commitments is refused, field by field, and sends nothing.
        browser.choose(By.id("declaration-level"), "国内先进");
        browser.type(By.cssSelector("#declaration-performanceIndicators textarea"), "数据采集完整率不低于 99.5%");
        browser.click(By.id("declaration-confirm"));
        assertThat(browser.waitForPageText("须作出此项自我承诺")).contains("须作出此项自我承诺后才能公开");

        browser.click(By.id("commitment-lawful"));
        browser.click(By.id("commitment-compliant"));
        browser.click(By.id("declaration-confirm"));
        assertThat(browser.waitForText(By.id("declaration-state"), "已确认公开")).contains("张伟");

        // the page follows the event on its way, without reloading
        assertThat(browser.waitForText(By.id("declaration-sync-latest"), "平台已接收")).contains("发布", "回执");

        String page = awaitInRegistry("数据采集规范", "智能制造 数字化车间 数据采集规范");
        assertThat(page).contains("T/ZJZZ 2—");

        // the organization's list of everything it sent shows it accepted, with its receipt
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='发布与自我声明']"));
        browser.waitFor(By.id("publication-states"));
        browser.choose(By.id("publication-state"), "平台已接收");
        assertThat(browser.waitForPageText("《" + UNCONFIRMED + "》")).contains("发布", "平台已接收", "回执");
    }

    @Test
    void the_operator_sees_the_backlog_settled_once_the_registry_has_everything() {
        awaitInRegistry("伺服电机", "工业机器人用伺服电机 技术条件");
        browser.signInAs(OnboardingEndToEndIT.OPERATOR, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='注册同步']"));

        // the page follows the relay: once the demo's events are delivered nothing waits
        assertThat(browser.waitForText(By.id("registry-sync-figures"), "没有待发送的事件"))
                .contains("被退回", "发送失败");
        assertThat(browser.isPresent(By.id("registry-sync-dead"))).isTrue();
    }

    /** Polls the registry's public search until it finds {@code title}; returns the answer. */
    private static String awaitInRegistry(String query, String title) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(URI.create(RunningServer.registry().url() + "/v1/standards?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (last.contains(title)) {
                    return last;
                }
                Thread.sleep(300);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The registry did not list " + title + " within 30 s; it answered " + last);
    }
}
