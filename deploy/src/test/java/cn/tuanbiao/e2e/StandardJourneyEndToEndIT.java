package cn.tuanbiao.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's journey in the browser, in Chinese (LC-1 … LC-6): a new proposal taken to its
 * public comment period; a project whose 30 days have run (the demo's history began 45 days ago)
 * taken through review and approval to publication with its number and notice; and an overdue
 * standard's periodic review.
 */
@ExtendWith(RunningServer.class)
class StandardJourneyEndToEndIT {

    static final By STAGE = By.id("standard-stage");
    static final By DOCUMENTS = By.id("documents-grid");
    static final By HISTORY = By.id("standard-history");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_new_proposal_is_taken_to_its_public_comment_period_and_cannot_close_it_early() throws IOException {
        String title = "智能仓储 货架机器人 通用技术条件 " + UUID.randomUUID().toString().substring(0, 4);
        signInAndOpenStandards();
        browser.click(By.id("propose-standard"));
        browser.type(By.cssSelector("#proposal-titleZh input"), title);
        browser.type(By.cssSelector("#proposal-scope textarea"), "本文件规定了货架机器人的技术要求、试验方法和检验规则。");
        browser.click(By.id("proposal-save"));
        assertThat(browser.waitForText(By.id("standard-title"), title)).isEqualTo(title);
        assertThat(browser.text(STAGE)).isEqualTo("提案");

        browser.click(By.id("action-submit-project-proposal"));
        assertThat(browser.waitForPageText("本阶段缺少文件")).contains("【LC-5】本阶段缺少文件：项目建议书");

        upload("项目建议书");
        next("action-submit-project-proposal", "项目建议");
        browser.type(By.cssSelector("#field-decision textarea"), "秘书长办公会同意立项");
        next("action-approve-project", "已立项");
        upload("项目计划书");
        next("action-announce-plan", "计划已公布");
        browser.type(By.cssSelector("#field-workingGroup input"), "工业机器人标准工作组");
        browser.type(By.cssSelector("#field-draftingUnits input"), "杭州海康机器人股份有限公司");
        next("action-start-drafting", "起草");
        upload("征求意见稿");
        upload("编制说明");
        next("action-submit-draft-for-comment", "征求意见稿");
        next("action-open-comment-period", "征求意见");

        LocalDate closes = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        assertThat(browser.text(By.id("next-action"))).contains("结束征求意见", closes.toString());
        browser.click(By.id("action-close-comment-period"));
        assertThat(browser.waitForPageText("【LC-2】")).contains(closes.toString());
        assertThat(browser.text(STAGE)).isEqualTo("征求意见");
    }

    @Test
    void a_project_whose_comment_period_has_run_is_reviewed_approved_and_published_with_its_number_and_notice()
            throws IOException {
        signInAndOpen("智能制造 数字孪生 通用要求");
        next("action-close-comment-period", "意见处理");
        upload("送审稿");
        assertThat(browser.text(By.id("comments-progress"))).isEqualTo("共 3 条意见，已处理 2 条，未处理 1 条");
        browser.click(By.id("action-submit-draft-for-review"));
        assertThat(browser.waitForPageText("【PART-1】")).contains("还有 1 条意见未给出处理意见");

        browser.scrollIntoView(By.id("comment-dispose-3"));
        browser.click(By.id("comment-dispose-3"));
        browser.choose(By.id("disposition"), "采纳");
        browser.type(By.cssSelector("#disposition-reason textarea"), "增加附录B：通过协议网关接入 Modbus TCP 设备的要求。");
        browser.click(By.id("disposition-save"));
        assertThat(browser.waitForText(By.id("comments-progress"), "未处理 0 条")).isEqualTo("共 3 条意见，已处理 3 条，未处理 0 条");
        next("action-submit-draft-for-review", "送审稿");
        assertThat(browser.waitForText(DOCUMENTS, "意见汇总处理表")).contains("智能制造 数字孪生 通用要求-意见汇总处理表.docx");
        next("action-start-technical-review", "技术审查");
        // PART-2, LC-3: the review is decided by a vote taken in the working group's meeting; its
        // members from the drafting units are on the list but do not vote.
        browser.choose(By.id("ballot-body"), "工业机器人标准工作组");
        browser.click(By.xpath("//vaadin-radio-button[normalize-space(.)='会议表决']"));
        browser.click(By.id("ballot-open"));
        assertThat(browser.waitForText(By.id("ballot-voters"), "陈立新")).contains("周建平", "Thomas Müller", "刘洁", "孙浩");
        browser.click(By.id("ballot-record-meeting"));
        for (int voter : List.of(1, 3, 4)) {
            browser.click(By.id("meeting-attended-" + voter));
            browser.choose(By.id("meeting-vote-" + voter), "赞成");
        }
        // a vote taken in a meeting is counted as soon as it is recorded
        browser.click(By.id("ballot-meeting-save"));
        assertThat(browser.waitForText(By.id("ballot-result"), "通过"))
                .startsWith("应投票 3 人，赞成 3，反对 0，弃权 0，未投票 0；通过门槛 3 票");
        browser.waitForExactText(STAGE, "审查通过");
        upload("报批稿");
        next("action-submit-draft-for-approval", "报批稿");
        browser.type(By.cssSelector("#field-decision textarea"), "第三届理事会第五次会议批准发布");
        next("action-approve", "已批准");
        next("action-publish", "已发布");

        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(browser.waitForText(By.id("standard-number"), "T/ZJZZ")).matches("T/ZJZZ \\d+—" + year);
        assertThat(browser.waitForText(DOCUMENTS, "发布公告")).contains("ZJZZ公告〔" + year + "〕");
        assertThat(browser.waitForText(HISTORY, "发布")).contains("批准", "技术审查通过");
    }

    @Test
    void an_overdue_standard_gets_its_periodic_review() {
        signInAndOpen("工业机器人用伺服电机 技术条件");
        assertThat(browser.text(STAGE)).isEqualTo("已发布");
        browser.type(By.cssSelector("#field-reason textarea"), "技术内容仍然适用，继续有效");
        browser.click(By.id("action-periodic-review"));

        assertThat(browser.waitForText(HISTORY, "复审：继续有效")).contains("技术内容仍然适用");
    }

    private void signInAndOpenStandards() {
        browser.signInAs(SignInEndToEndIT.ZHANG_WEI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='标准项目']"));
        browser.waitFor(By.id("standards-grid"));
    }

    private void signInAndOpen(String title) {
        signInAndOpenStandards();
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']"));
        browser.waitForText(By.id("standard-title"), title);
    }

    /** Clicks the step's button and waits until the project shows its next stage. */
    private void next(String action, String stage) {
        browser.click(By.id(action));
        browser.waitForExactText(STAGE, stage);
    }

    /** Adds a PDF as the stage document of that kind, as the secretariat would. */
    private void upload(String kind) throws IOException {
        Path file = Files.createTempFile(kind + "-", ".pdf");
        Files.writeString(file, "%PDF-1.4\n% " + kind + " " + UUID.randomUUID() + "\n%%EOF\n", StandardCharsets.UTF_8);
        browser.typeAndEnter(By.cssSelector("#document-kind input"), kind);
        browser.upload(By.id("document-upload"), file);
        browser.waitForText(DOCUMENTS, file.getFileName().toString());
        Files.deleteIfExists(file);
    }
}
