package cn.tuanbiao.standards.service;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * Takes a project through the lifecycle by the service, uploading each stage's documents the
 * way a secretariat would, so that tests can start from any stage.
 */
@Singleton
public class LifecycleWalk {

    private final StandardService standards;
    private final StandardDocuments documents;
    private final FileCheck fileCheck;
    private final MutableClock clock;

    public LifecycleWalk(StandardService standards, StandardDocuments documents, FileCheck fileCheck,
                         MutableClock clock) {
        this.standards = standards;
        this.documents = documents;
        this.fileCheck = fileCheck;
        this.clock = clock;
    }

    /** Proposes a standard and takes it to approval by the decision body; {@code secretariat} holds every role needed. */
    public StandardProject toApproval(PersonId secretariat, TenantId tenant, String title) {
        StandardId id = toDraftForApproval(secretariat, tenant, title).id();
        return standards.approve(secretariat, tenant, id, "理事会2025年第2次会议批准", null);
    }

    /** Proposes a standard and takes it to the decision body's table: the draft for approval is in. */
    public StandardProject toDraftForApproval(PersonId secretariat, TenantId tenant, String title) {
        StandardId id = toTechnicalReview(secretariat, tenant, title).id();
        standards.recordReviewOutcome(secretariat, tenant, id, new ReviewOutcome.Consensus("审查会协商一致通过"));
        upload(secretariat, tenant, id, DocumentKind.DRAFT_FOR_APPROVAL);
        return standards.submitDraftForApproval(secretariat, tenant, id);
    }

    /** Proposes a standard and takes it through comment to its technical review. */
    public StandardProject toTechnicalReview(PersonId secretariat, TenantId tenant, String title) {
        StandardId id = toCommentPeriod(secretariat, tenant, title, CommentPeriod.Audience.MEMBERS).id();
        clock.advance(Duration.ofDays(31));
        standards.closeCommentPeriod(secretariat, tenant, id);
        upload(secretariat, tenant, id, DocumentKind.DRAFT_FOR_REVIEW);
        standards.submitDraftForReview(secretariat, tenant, id);
        return standards.startTechnicalReview(secretariat, tenant, id);
    }

    /** Proposes a standard and opens its 30-day comment period today, to members or to the public. */
    public StandardProject toCommentPeriod(PersonId secretariat, TenantId tenant, String title,
                                           CommentPeriod.Audience audience) {
        StandardId id = toDrafting(secretariat, tenant, title).id();
        upload(secretariat, tenant, id, DocumentKind.DRAFT_FOR_COMMENT);
        upload(secretariat, tenant, id, DocumentKind.EXPLANATORY_NOTES);
        standards.submitDraftForComment(secretariat, tenant, id);
        LocalDate today = standards.today();
        return standards.openCommentPeriod(secretariat, tenant, id, new CommentPeriod(today, today.plusDays(30), audience));
    }

    /** Proposes a standard and takes it to drafting by a working group, {@code secretariat} drafting it. */
    public StandardProject toDrafting(PersonId secretariat, TenantId tenant, String title) {
        StandardId id = standards.propose(secretariat, tenant, new Proposal(title, null,
                "本文件规定了" + title + "的术语、要求和试验方法。", false, false), null).id();
        upload(secretariat, tenant, id, DocumentKind.PROJECT_PROPOSAL);
        standards.submitProjectProposal(secretariat, tenant, id);
        standards.approveProject(secretariat, tenant, id, "2025年第3次秘书长办公会决定立项");
        upload(secretariat, tenant, id, DocumentKind.PROJECT_PLAN);
        standards.announcePlan(secretariat, tenant, id, false);
        return standards.startDrafting(secretariat, tenant, id, new Drafting("智能制造工作组", "浙江大学、杭州海康智造有限公司",
                Set.of(secretariat)));
    }

    public void upload(PersonId by, TenantId tenant, StandardId id, DocumentKind kind) {
        try (CheckedFile file = fileCheck.check(kind.name().toLowerCase() + ".pdf",
                SampleFiles.pdfStream(kind + " of " + id))) {
            documents.attach(by, tenant, id, kind, null, file);
        }
    }
}
