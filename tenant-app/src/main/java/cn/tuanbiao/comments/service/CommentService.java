package cn.tuanbiao.comments.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentWindow;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.domain.DraftUnderComment;
import cn.tuanbiao.comments.persistence.CommentStore;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.CommentResolution;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;

/**
 * Structured comments on a draft (PART-1): any member comments while the period runs (LC-2), the
 * working group or the secretariat gives each a disposition with its reason, and sending the draft
 * to review waits until none is left without one.
 */
@Singleton
public class CommentService implements CommentResolution {

    /** The subject a comment's attachment is filed under. */
    static final String SUBJECT = "COMMENT";

    private final AccessControl access;
    private final StandardLookup standards;
    private final CommentStore store;
    private final CommentInput input;
    private final ResolutionTables tables;
    private final UserRepository users;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final Clock clock;

    public CommentService(AccessControl access, StandardLookup standards, CommentStore store, CommentInput input,
                          ResolutionTables tables, UserRepository users, DocumentService documents, AuditTrail audit,
                          Clock clock) {
        this.documents = documents;
        this.access = access;
        this.standards = standards;
        this.store = store;
        this.input = input;
        this.tables = tables;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member's comment, numbered in order of arrival on the draft. */
    public DraftComment comment(PersonId caller, TenantId tenant, StandardId standard, CommentDraft draft) {
        return comment(caller, tenant, standard, draft, null);
    }

    /** A member's comment with a file attached (PART-1), kept as an immutable document of the comment (LC-5). */
    public DraftComment comment(PersonId caller, TenantId tenant, StandardId standard, CommentDraft draft,
                                CheckedFile attachment) {
        CommentDraft clean = input.validated(draft);
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = standards.lock(tenant, standard);
            CommentWindow.requireOpen(project, today(), false);
            String name = users.findById(caller.value()).map(u -> u.displayName()).orElseThrow();
            DraftComment comment = new DraftComment(UUID.randomUUID(), standard.value(), store.nextNumber(standard.value()),
                    clean.clause(), clean.type(), clean.comment(), clean.proposedChange(), caller.value(), name,
                    clean.unit(), null, clock.instant(), null, null, null, null, null);
            if (attachment != null) {
                comment = comment.withAttachment(documents.addVersion(tenant, caller, SUBJECT, comment.id(),
                        DocumentKind.OTHER, "", attachment).document().value());
            }
            store.insert(tenant, comment);
            recordSubmitted(tenant, caller, comment);
            return comment;
        });
    }

    /** The working group's answer to one comment, with its reason; revisable until the draft goes to review. */
    public DraftComment dispose(PersonId caller, TenantId tenant, UUID commentId, Disposition disposition,
                                String reason) {
        Problems problems = new Problems();
        if (disposition == null) {
            problems.add(FieldProblem.of("disposition", "PART-1", "validation.required"));
        }
        // every disposition carries its reason, an acceptance too (PART-1)
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("dispositionReason", "PART-1", "comments.reasonRequired"));
        }
        String cleanReason = problems.optional("dispositionReason", reason, CommentInput.MAX_TEXT);
        problems.throwIfAny();
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(WORKING_GROUP_MEMBER, SECRETARIAT);
            DraftComment comment = store.find(commentId).orElseThrow(() -> new NotFoundException("comments.notFound"));
            CommentWindow.requireResolutionOpen(standards.lock(tenant, new StandardId(comment.standard())));
            store.dispose(commentId, disposition, cleanReason, caller.value(), clock.instant());
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, comment.standard(), "COMMENT_DISPOSED",
                    null, Map.of("number", Integer.toString(comment.number()), "disposition", disposition.name(),
                    "reason", cleanReason)));
            return store.find(commentId).orElseThrow();
        });
    }

    /** The file attached to a comment, for anyone with a role in the organization. */
    public DocumentContent attachment(PersonId caller, TenantId tenant, UUID commentId) {
        return access.readIn(caller, tenant, actor -> documents.latestOf(SUBJECT, commentId, DocumentKind.OTHER)
                .orElseThrow(() -> new NotFoundException("documents.notFound")));
    }

    public Page<DraftComment> ofStandard(PersonId caller, TenantId tenant, StandardId standard, boolean onlyOpen,
                                         PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.ofStandard(standard.value(), onlyOpen, page));
    }

    public Page<DraftUnderComment> draftsUnderComment(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.draftsUnderComment(page));
    }

    public Progress progress(PersonId caller, TenantId tenant, StandardId standard) {
        return access.readIn(caller, tenant, actor -> store.progress(standard.value()));
    }

    @Override
    public Progress progress(StandardId standard) {
        return store.progress(standard.value());
    }

    @Override
    public void fileResolutionTable(TenantId tenant, PersonId by, StandardId standard) {
        tables.file(tenant, by, standards.find(tenant, standard));
    }

    void recordSubmitted(TenantId tenant, PersonId by, DraftComment comment) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("number", Integer.toString(comment.number()));
        details.put("clause", comment.clause());
        details.put("type", comment.type().name());
        details.put("public", Boolean.toString(comment.isPublic()));
        if (comment.isPublic()) {
            details.put("email", comment.maskedEmail());
        }
        audit.record(new AuditEntry(tenant, by, StandardService.SUBJECT, comment.standard(), "COMMENT_SUBMITTED",
                null, details));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }
}
