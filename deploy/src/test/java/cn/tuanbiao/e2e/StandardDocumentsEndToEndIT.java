package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LC-5 and AUD-1 in the browser: the secretariat opens a project in its comment period, sees its
 * stage documents and history, adds a working draft, and verifies the organization's audit chain.
 */
@ExtendWith(RunningServer.class)
class StandardDocumentsEndToEndIT {

    static final String PROJECT = "智能工厂 设备互联互通 通用要求";
    static final By DOCUMENTS = By.id("documents-grid");
    static final By HISTORY = By.id("standard-history");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_secretariat_adds_a_working_draft_and_sees_it_in_the_documents_and_the_history() throws IOException {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='标准项目']"));
        browser.waitForText(By.id("standards-grid"), PROJECT);
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + PROJECT + "']"));

        assertThat(browser.waitForText(By.id("standard-title"), PROJECT)).isEqualTo(PROJECT);
        assertThat(browser.text(By.id("standard-stage"))).isEqualTo("征求意见");
        assertThat(browser.waitForText(DOCUMENTS, "征求意见稿")).contains("编制说明", "项目建议书", "项目计划书");
        assertThat(browser.waitForText(HISTORY, "开始征求意见")).contains("提出提案", "批准立项", "张伟");

        Path draft = Files.createTempFile("工作组讨论稿-", ".pdf");
        Files.writeString(draft, "%PDF-1.4\n% working draft " + UUID.randomUUID() + "\n%%EOF\n", StandardCharsets.UTF_8);
        browser.typeAndEnter(By.cssSelector("#document-kind input"), "工作组讨论稿");
        browser.upload(By.id("document-upload"), draft);

        assertThat(browser.waitForPageText("已上传")).contains("已上传：" + draft.getFileName() + " 第 1 版");
        assertThat(browser.waitForText(DOCUMENTS, draft.getFileName().toString())).contains("工作组讨论稿");
        assertThat(browser.waitForText(HISTORY, "kind=WORKING_DRAFT")).contains("新增文件版本");
        Files.deleteIfExists(draft);
    }

    @Test
    void a_file_whose_content_is_not_a_pdf_is_refused_with_a_chinese_message() throws IOException {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='标准项目']"));
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + PROJECT + "']"));
        browser.waitForText(DOCUMENTS, "征求意见稿");

        Path script = Files.createTempFile("伪装的草案-", ".pdf");
        Files.writeString(script, "#!/bin/sh\necho not a pdf\n", StandardCharsets.UTF_8);
        browser.typeAndEnter(By.cssSelector("#document-kind input"), "工作组讨论稿");
        browser.upload(By.id("document-upload"), script);

        assertThat(browser.waitForPageText("文件内容与扩展名不符")).contains("内容不是 PDF 文件（LC-5）");
        assertThat(browser.text(DOCUMENTS)).doesNotContain(script.getFileName().toString());
        Files.deleteIfExists(script);
    }

    @Test
    void the_administrator_verifies_the_organizations_audit_chain() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='审计日志']"));
        browser.click(By.id("verify-audit"));

        assertThat(browser.waitForText(By.id("audit-verdict"), "哈希链完整")).contains("未发现断链（AUD-1）");
    }
}
