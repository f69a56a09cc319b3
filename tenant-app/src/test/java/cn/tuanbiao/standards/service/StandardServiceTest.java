package cn.tuanbiao.standards.service;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.PartNumbering;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-1, LC-4, LC-5, LC-6, AUD-1: a standard's way from proposal to periodic review, through the service. */
class StandardServiceTest extends PlatformTest {

    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    DocumentService documents;
    @Inject
    AuditLog audit;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationDirectory directory;

    private TenantId association;
    private PersonId secretariat;
    private String code;

    @BeforeEach
    void anAssociationWithASecretariat() {
        association = fixtures.association("浙江省智能制造协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        code = directory.own(secretariat, association).code().value();
    }

    @Test
    void a_project_walks_every_stage_and_is_published_with_its_number_and_a_chinese_notice() throws IOException {
        StandardProject approved = walk.toApproval(secretariat, association, "工业机器人安全操作规范");
        LocalDate today = standards.today();

        StandardProject published = standards.publish(secretariat, association, approved.id(), today, today.plusDays(14));

        assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(published.publication().number().toString()).isEqualTo("T/" + code + " 1—" + today.getYear());
        assertThat(published.publication().reviewDue()).isEqualTo(today.plusYears(5));
        StoredDocument notice = documentOf(approved.id(), DocumentKind.PUBLICATION_NOTICE);
        assertThat(notice.title()).isEqualTo(code + "公告〔" + today.getYear() + "〕1号");
        DocumentContent pdf = documents.content(secretariat, association, notice.id(), 1);
        String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text).contains("关于发布《工业机器人安全操作规范》团体标准的公告")
                .contains("T/" + code + "1—" + today.getYear());
    }

    @Test
    void the_history_lists_every_transition_and_document_in_order_and_the_chain_verifies() {
        StandardProject approved = walk.toApproval(secretariat, association, "智能工厂数据采集接口要求");
        LocalDate today = standards.today();
        standards.publish(secretariat, association, approved.id(), today, today);

        List<AuditEvent> history = audit.history(secretariat, association, StandardService.SUBJECT,
                approved.id().value(), PageRequest.first(100)).items();

        List<String> transitions = new ArrayList<>(history.stream()
                .filter(e -> !e.action().equals("DOCUMENT_VERSION_ADDED")).map(AuditEvent::action).toList());
        java.util.Collections.reverse(transitions);
        // PART-4: drafting and technical review each open with a call for patent disclosure.
        assertThat(transitions).containsExactly("PROPOSED", "PROJECT_PROPOSAL_SUBMITTED", "PROJECT_APPROVED",
                "PLAN_ANNOUNCED", "DRAFTING_STARTED", "PATENT_CALL_ISSUED", "DRAFT_FOR_COMMENT_SUBMITTED",
                "COMMENT_PERIOD_OPENED", "COMMENT_PERIOD_CLOSED", "DRAFT_FOR_REVIEW_SUBMITTED", "TECHNICAL_REVIEW_STARTED",
                "PATENT_CALL_ISSUED", "TECHNICAL_REVIEW_PASSED", "DRAFT_FOR_APPROVAL_SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(history).filteredOn(e -> e.action().equals("DOCUMENT_VERSION_ADDED"))
                .extracting(e -> e.details().get("kind"))
                .contains("PROJECT_PROPOSAL", "DRAFT_FOR_APPROVAL", "PUBLICATION_NOTICE");
        assertThat(history).allSatisfy(e -> assertThat(e.actorName()).isNotBlank());
        assertThat(audit.verify(secretariat, association).intact()).isTrue();
    }

    @Test
    void a_gate_whose_documents_are_missing_refuses_and_changes_nothing() {
        StandardId id = standards.propose(secretariat, association, new Proposal("数控机床能效评价方法", null,
                "本文件规定了数控机床能效的评价方法。", false, false), null).id();
        long eventsBefore = historySize(id);

        assertThatThrownBy(() -> standards.submitProjectProposal(secretariat, association, id))
                .isInstanceOfSatisfying(LifecycleRefusal.class, refusal ->
                        assertThat(refusal.requirement()).isEqualTo("LC-5"));

        assertThat(standards.get(secretariat, association, id).stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(historySize(id)).isEqualTo(eventsBefore);
    }

    @Test
    void concurrent_publications_take_consecutive_numbers_without_repeating_or_skipping() throws Exception {
        List<StandardProject> approved = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            approved.add(walk.toApproval(secretariat, association, "并发发布测试标准第" + i + "部分"));
        }
        LocalDate today = standards.today();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StandardProject>> results = new ArrayList<>();
            for (StandardProject project : approved) {
                Callable<StandardProject> publish = () -> standards.publish(secretariat, association, project.id(),
                        today, today);
                results.add(pool.submit(publish));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<StandardProject> result : results) {
                sequences.add(result.get().publication().number().sequence());
            }
            assertThat(sequences).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.verify(secretariat, association).intact()).isTrue();
    }

    @Test
    void a_revision_keeps_its_lineage_and_replaces_the_standard_when_published() {
        StandardProject original = walk.toApproval(secretariat, association, "电动汽车充电桩运维规范");
        LocalDate today = standards.today();
        standards.publish(secretariat, association, original.id(), today, today);

        standards.recordPeriodicReview(secretariat, association, original.id(), PeriodicReviewDecision.REVISE,
                "技术已更新，需修订");
        StandardProject revision = standards.list(secretariat, association, java.util.Set.of(Stage.PROPOSAL), null,
                "电动汽车充电桩运维规范", PageRequest.first(10)).items().stream()
                .map(s -> standards.get(secretariat, association, s.id()))
                .filter(p -> original.id().equals(p.replaces()))
                .findFirst().orElseThrow();
        assertThat(revision.replaces()).isEqualTo(original.id());
    }

    @Test
    void another_organization_can_neither_read_nor_move_the_project() {
        StandardId id = standards.propose(secretariat, association, new Proposal("跨组织访问测试标准", null,
                "本文件规定了跨组织访问测试。", false, false), null).id();
        TenantId other = fixtures.association("另一协会" + Fixtures.suffix());
        PersonId outsider = fixtures.memberOf(other, SECRETARIAT);

        assertThatThrownBy(() -> standards.get(outsider, association, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> standards.terminate(outsider, association, id, "恶意终止"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(standards.get(secretariat, association, id).stage()).isEqualTo(Stage.PROPOSAL);
    }

    @Test
    void LC_4_a_standard_in_parts_numbers_its_parts_under_one_sequence() {
        LocalDate today = standards.today();
        String year = "—" + today.getYear();
        StandardProject first = standards.publish(secretariat, association,
                walk.toApproval(secretariat, association, "工业机器人 第1部分：通用要求").id(), today, today,
                PartNumbering.FIRST_PART);
        StandardProject second = standards.publish(secretariat, association,
                walk.toApproval(secretariat, association, "工业机器人 第2部分：安全").id(), today, today,
                PartNumbering.nextPartOf(first.publication().number().sequence()));
        StandardProject single = standards.publish(secretariat, association,
                walk.toApproval(secretariat, association, "协作机器人 风险评估").id(), today, today);
        StandardId fourth = walk.toApproval(secretariat, association, "协作机器人 第2部分").id();

        assertThat(first.publication().number().toString()).isEqualTo("T/" + code + " 1.1" + year);
        assertThat(second.publication().number().toString()).isEqualTo("T/" + code + " 1.2" + year);
        assertThat(single.publication().number().toString()).isEqualTo("T/" + code + " 2" + year);
        assertThatThrownBy(() -> standards.publish(secretariat, association, fourth, today, today,
                PartNumbering.nextPartOf(2))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("partOf", "LC-4")));
        assertThat(standards.get(secretariat, association, fourth).stage()).isEqualTo(Stage.APPROVED);
    }

    @Test
    void LC_6_reviews_falling_due_on_the_same_day_are_listed_in_number_order() {
        LocalDate publishedOn = standards.today().minusYears(5).plusDays(30);
        for (int sequence : List.of(8, 3, 5)) {
            standards.registerEarlierPublication(secretariat, association, new EarlierPublication("同日复审的标准" + sequence,
                    null, "本文件规定了同日复审的内容。", sequence, null, publishedOn, publishedOn.plusMonths(1), "起草单位"));
        }

        assertThat(standards.reviewsDue(secretariat, association, PageRequest.first(10)).items())
                .extracting(s -> s.titleZh()).containsExactly("同日复审的标准3", "同日复审的标准5", "同日复审的标准8");
    }

    @Test
    void LC_6_the_project_list_narrows_to_what_falls_due_by_a_date() {
        standards.registerEarlierPublication(secretariat, association, new EarlierPublication("到期复审的标准", null,
                "本文件规定了到期复审的内容。", 1, null, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 6, 1), "起草单位"));
        standards.registerEarlierPublication(secretariat, association, new EarlierPublication("尚未到期的标准", null,
                "本文件规定了尚未到期的内容。", 2, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), "起草单位"));
        standards.propose(secretariat, association, new Proposal("没有期限的提案", null, "本文件规定了提案内容。", false,
                false), null);

        var due = standards.list(secretariat, association, new StandardFilter(Set.of(), null, null,
                LocalDate.of(2026, 1, 1)), PageRequest.first(10)).items();

        assertThat(due).extracting(s -> s.titleZh()).containsExactly("到期复审的标准");
        assertThat(standards.list(secretariat, association, StandardFilter.none(), PageRequest.first(10)).total())
                .isEqualTo(3);
    }

    private StoredDocument documentOf(StandardId id, DocumentKind kind) {
        return documents.documentsOf(secretariat, association, StandardService.SUBJECT, id.value(), PageRequest.first(50))
                .items().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private long historySize(StandardId id) {
        return audit.history(secretariat, association, StandardService.SUBJECT, id.value(), PageRequest.first(1)).total();
    }
}
