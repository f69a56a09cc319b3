package cn.tuanbiao.comments;

import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** PART-1 and LC-2: members comment clause by clause while the period runs; every comment is answered before review. */
class DraftCommentsTest extends PlatformTest {

    @Inject
    CommentService comments;
    @Inject
    StandardService standards;
    @Inject
    DocumentService documents;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    FileCheck fileCheck;

    private TenantId association;
    private PersonId secretariat;
    private PersonId member;
    private StandardId draft;

    @BeforeEach
    void aDraftInItsCommentPeriod() {
        association = fixtures.association("意见测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        draft = walk.toCommentPeriod(secretariat, association, "工业互联网 标识解析 数据交换规范",
                CommentPeriod.Audience.MEMBERS).id();
    }

    @Test
    void PART_1_members_comment_clause_by_clause_and_comments_are_numbered_in_order_of_arrival() {
        DraftComment first = comments.comment(member, association, draft, technical("4.2", "标识编码长度上限应明确为 64 字节"));
        DraftComment second = comments.comment(secretariat, association, draft,
                new CommentDraft("附录A", CommentType.EDITORIAL, "表A.1 标题有误", "改为“标识数据交换字段”", "浙江某研究院"));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(comments.ofStandard(secretariat, association, draft, false, PageRequest.first(10)).items())
                .extracting(DraftComment::clause, DraftComment::type, DraftComment::commenterUnit)
                .containsExactly(tuple("4.2", CommentType.TECHNICAL, null),
                        tuple("附录A", CommentType.EDITORIAL, "浙江某研究院"));
    }

    @Test
    void PART_1_a_comment_carries_its_attachment_which_every_member_can_download() {
        DraftComment comment;
        try (CheckedFile file = fileCheck.check("试验数据.pdf", SampleFiles.pdfStream("试验数据 4.2"))) {
            comment = comments.comment(member, association, draft, technical("4.2", "见附件中的试验数据"), file);
        }

        assertThat(comments.ofStandard(secretariat, association, draft, false, PageRequest.first(10)).items())
                .extracting(DraftComment::attachment).containsExactly(comment.attachment()).doesNotContainNull();
        DocumentContent content = comments.attachment(secretariat, association, comment.id());
        assertThat(content.version().fileName()).isEqualTo("试验数据.pdf");
        assertThat(new String(content.bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void LC_2_no_comment_is_taken_once_the_period_has_closed() {
        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> comments.comment(member, association, draft, technical("5.1", "迟到的意见")))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("LC-2");
                    assertThat(r.messageKey()).isEqualTo("comments.periodNotOpen");
                });
        assertThat(comments.ofStandard(secretariat, association, draft, false, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void PART_1_a_comment_without_clause_type_or_text_names_every_field_and_records_nothing() {
        assertThatThrownBy(() -> comments.comment(member, association, draft, new CommentDraft(" ", null, "", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("clause", "commentType", "comment"));
        assertThat(comments.ofStandard(secretariat, association, draft, false, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void PART_1_the_draft_goes_to_review_only_when_every_comment_has_its_disposition_and_the_table_is_kept() {
        DraftComment answered = comments.comment(member, association, draft, technical("4.2", "编码长度上限应明确"));
        comments.comment(member, association, draft, technical("6.3", "交换报文应规定签名算法"));
        clock.advance(Duration.ofDays(31));
        standards.closeCommentPeriod(secretariat, association, draft);
        walk.upload(secretariat, association, draft, DocumentKind.DRAFT_FOR_REVIEW);
        comments.dispose(secretariat, association, answered.id(), Disposition.ACCEPTED, "已在4.2中规定上限为64字节");

        assertThatThrownBy(() -> standards.submitDraftForReview(secretariat, association, draft))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-1");
                    assertThat(r.arguments()).containsExactly(1);
                });

        DraftComment open = comments.ofStandard(secretariat, association, draft, true, PageRequest.first(10)).items().get(0);
        comments.dispose(secretariat, association, open.id(), Disposition.PARTIALLY_ACCEPTED,
                "签名算法引用 GB/T 32918，具体参数不在本文件规定");

        assertThat(standards.submitDraftForReview(secretariat, association, draft).stage()).isEqualTo(Stage.DRAFT_FOR_REVIEW);
        assertThat(documents.documentsOf(secretariat, association, StandardService.SUBJECT, draft.value(),
                PageRequest.first(20)).items())
                .filteredOn(d -> d.kind() == DocumentKind.COMMENT_RESOLUTION_TABLE)
                .extracting(d -> d.latest().fileName())
                .containsExactly("工业互联网 标识解析 数据交换规范-意见汇总处理表.docx");
    }

    @Test
    void PART_1_a_disposition_needs_its_reason_and_is_given_by_the_working_group_or_the_secretariat() {
        DraftComment comment = comments.comment(member, association, draft, technical("4.2", "编码长度上限应明确"));

        assertThatThrownBy(() -> comments.dispose(secretariat, association, comment.id(), Disposition.NOT_ACCEPTED, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(tuple("dispositionReason", "PART-1")));
        assertThatThrownBy(() -> comments.dispose(member, association, comment.id(), Disposition.ACCEPTED, "同意"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comments.progress(secretariat, association, draft).disposed()).isZero();
    }

    @Test
    void PART_1_dispositions_are_final_once_the_draft_is_in_review() {
        DraftComment comment = comments.comment(member, association, draft, technical("4.2", "编码长度上限应明确"));
        clock.advance(Duration.ofDays(31));
        standards.closeCommentPeriod(secretariat, association, draft);
        comments.dispose(secretariat, association, comment.id(), Disposition.ACCEPTED, "已采纳");
        walk.upload(secretariat, association, draft, DocumentKind.DRAFT_FOR_REVIEW);
        standards.submitDraftForReview(secretariat, association, draft);

        assertThatThrownBy(() -> comments.dispose(secretariat, association, comment.id(), Disposition.NOT_ACCEPTED, "改判"))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.requirement()).isEqualTo("PART-1"));
        assertThat(comments.ofStandard(secretariat, association, draft, false, PageRequest.first(1)).items().get(0)
                .disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void someone_outside_the_organization_can_neither_read_nor_comment() {
        TenantId other = fixtures.association("另一协会" + Fixtures.suffix());
        PersonId outsider = fixtures.memberOf(other, SECRETARIAT, MEMBER_REPRESENTATIVE);
        comments.comment(member, association, draft, technical("4.2", "编码长度上限应明确"));

        assertThatThrownBy(() -> comments.comment(outsider, association, draft, technical("4.2", "外部意见")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.ofStandard(outsider, association, draft, false, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comments.ofStandard(outsider, other, draft, false, PageRequest.first(10)).total()).isZero();
    }

    private static CommentDraft technical(String clause, String text) {
        return new CommentDraft(clause, CommentType.TECHNICAL, text, null, null);
    }
}
