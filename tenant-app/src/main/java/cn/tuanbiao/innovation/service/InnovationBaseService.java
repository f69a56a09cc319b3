package cn.tuanbiao.innovation.service;

import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.CentreFileId;
import cn.tuanbiao.innovation.domain.CentreOverview;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.domain.Evaluation;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.ExpertOpinion;
import cn.tuanbiao.innovation.persistence.InnovationStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The innovation base at work (SUP-5), on the base's side: its administrators and secretariat
 * register a centre's application, check it formally, record the advisory committee's opinions and
 * conclusion, approve building it, decide extensions, acceptances and renamings, record evaluations,
 * spot checks and rectification checks, achievements, and revoke on the policy's grounds. Every
 * record lives in the base's tenant (V29); every step lands in the file's timeline and the base's
 * audit log (AUD-1), and the centre is told of each decision in its own workspace.
 */
@Singleton
public class InnovationBaseService {

    private final AccessControl access;
    private final InnovationStore store;
    private final CentreFiles files;
    private final DocumentService documents;
    private final Notifications notifications;
    private final Clock clock;

    public InnovationBaseService(AccessControl access, InnovationStore store, CentreFiles files,
                                 DocumentService documents, Notifications notifications, Clock clock) {
        this.access = access;
        this.store = store;
        this.files = files;
        this.documents = documents;
        this.notifications = notifications;
        this.clock = clock;
    }

    public LocalDate today() {
        return files.today();
    }

    /** The base's centres with their stage, next window and the windows needing attention. */
    public List<CentreOverview> list(PersonId caller, TenantId base) {
        return access.readIn(caller, base, actor -> {
            requireBase(base);
            List<CentreOverview> overviews = new ArrayList<>();
            for (InnovationStore.FileWithCode row : store.all()) {
                List<Deadline> open = files.deadlines(row.file());
                overviews.add(new CentreOverview(row.file(), row.centreCode(), open.isEmpty() ? null : open.get(0),
                        open.stream().filter(Deadline::needsAttention).toList()));
            }
            return overviews;
        });
    }

    /** The centres linked to the base (organization_links) without an open file: who may apply. */
    public Map<TenantId, String> candidates(PersonId caller, TenantId base) {
        return access.readIn(caller, base, actor -> {
            requireBase(base);
            Map<TenantId, String> candidates = new java.util.LinkedHashMap<>(store.centresOf(base));
            candidates.keySet().removeIf(store::hasOpenFile);
            return candidates;
        });
    }

    /** Registers a linked centre's application (004 第13-14条); its documents follow with {@link #attach}. */
    public CentreFile apply(PersonId caller, TenantId base, TenantId centre, CentreType type, String name) {
        return act(caller, base, actor -> {
            if (centre == null || !store.isCentreOf(base, centre)) {
                throw new InvalidInputException(FieldProblem.of("centre", "SUP-5", "centre.notLinked"));
            }
            if (store.hasOpenFile(centre)) {
                throw new InvalidInputException(FieldProblem.of("centre", "SUP-5", "centre.alreadyFiled"));
            }
            CentreFile file = CentreFile.apply(base, centre, type, name, today());
            store.insert(file);
            files.step(file, caller, "APPLIED", null, Map.of("name", file.name(), "type", file.type().name()));
            return file;
        });
    }

    public CentreFileDetail get(PersonId caller, TenantId base, CentreFileId id, int year) {
        return access.readIn(caller, base, actor -> {
            requireBase(base);
            CentreFile f = store.find(id).orElseThrow(InnovationBaseService::notFound);
            return files.detail(f, store.codeOf(f.centre()), true, year);
        });
    }

    /**
     * A document on the file from the base's side: the application's documents, an acceptance or
     * evaluation report, evidence; a construction plan the base receives on paper counts as submitted.
     */
    public DocumentVersion attach(PersonId caller, TenantId base, CentreFileId id, DocumentKind kind, Integer year,
                                  CheckedFile file) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            if (kind == DocumentKind.CONSTRUCTION_PLAN) {
                CentreFile next = f.submitConstructionPlan(today());
                if (next != f) {
                    store.update(next);
                    files.step(next, caller, "CONSTRUCTION_PLAN_SUBMITTED", null, Map.of());
                }
            }
            return files.addDocument(f, caller, kind, year, file);
        });
    }

    public CentreFile formalCheck(PersonId caller, TenantId base, CentreFileId id, boolean complete, String reasons) {
        return decide(caller, base, id, f -> f.formalCheck(complete, reasons),
                complete ? "FORMAL_CHECK_PASSED" : "APPLICATION_RETURNED", complete ? null : reasons, Map.of());
    }

    /** One expert's opinion while the advisory committee reviews the application (004 第15条). */
    public ExpertOpinion addOpinion(PersonId caller, TenantId base, CentreFileId id, String expertName, String opinion) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            f.requireExpertReview();
            Problems problems = new Problems();
            String name = problems.required("expertName", expertName, 100);
            String text = problems.required("opinion", opinion, 4000);
            problems.throwIfAny();
            ExpertOpinion recorded = new ExpertOpinion(InnovationStore.newId(), name, text, clock.instant());
            store.insertOpinion(base, id, recorded, caller);
            files.step(f, caller, "EXPERT_OPINION_RECORDED", name + "：" + text, Map.of("expert", name));
            return recorded;
        });
    }

    public CentreFile concludeReview(PersonId caller, TenantId base, CentreFileId id, boolean passed, String conclusion) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            CentreFile next = f.concludeReview(passed, conclusion, store.opinions(id).size());
            return save(caller, next, passed ? "EXPERT_REVIEW_PASSED" : "EXPERT_REVIEW_FAILED", next.reviewConclusion(),
                    Map.of());
        }, passed ? "EXPERT_REVIEW_PASSED" : "EXPERT_REVIEW_FAILED");
    }

    /** 批准筹建: every window runs from {@code approvedOn} (SUP-5). */
    public CentreFile approve(PersonId caller, TenantId base, CentreFileId id, LocalDate approvedOn, String reference) {
        return decide(caller, base, id, f -> f.approveConstruction(approvedOn, reference, today()),
                "CONSTRUCTION_APPROVED", reference, approvedOn == null ? Map.of() : Map.of("approvedOn", approvedOn.toString()));
    }

    public CentreFile decline(PersonId caller, TenantId base, CentreFileId id, String reason) {
        return decide(caller, base, id, f -> f.decline(reason), "APPLICATION_DECLINED", reason, Map.of());
    }

    public CentreFile decideExtension(PersonId caller, TenantId base, CentreFileId id, boolean approved, String reason) {
        return decide(caller, base, id, f -> f.decideExtension(approved, reason),
                approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", reason, Map.of());
    }

    /** 验收: a second failure, or a failure after an extension, revokes the centre (SUP-5). */
    public CentreFile recordAcceptance(PersonId caller, TenantId base, CentreFileId id, boolean passed, String opinion,
                                       LocalDate on) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            LocalDate day = on == null ? today() : on;
            if (day.isAfter(today())) {
                throw new InvalidInputException(FieldProblem.of("date", "SUP-5", "centre.dateInFuture"));
            }
            CentreFile next = f.recordAcceptance(passed, opinion, day);
            String step = passed ? "ACCEPTANCE_PASSED" : next.stage().terminal() ? "REVOKED_AFTER_ACCEPTANCE"
                    : "ACCEPTANCE_FAILED";
            return save(caller, next, step, opinion, Map.of("date", day.toString()));
        }, null);
    }

    public CentreFile decideRename(PersonId caller, TenantId base, CentreFileId id, boolean approved) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            String asked = f.pendingName();
            CentreFile next = f.decideRename(approved);
            return save(caller, next, approved ? "RENAME_APPROVED" : "RENAME_REFUSED", asked, Map.of());
        }, null);
    }

    /**
     * A periodic evaluation, a spot check (a failed one sets the rectification deadline) or the
     * check after the rectification (a failed one revokes), with its findings (004 第32-35条).
     */
    public CentreFile evaluate(PersonId caller, TenantId base, CentreFileId id, EvaluationKind kind, LocalDate heldOn,
                               String findings, boolean passed, LocalDate rectificationDue) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            Problems problems = new Problems();
            String text = problems.required("findings", findings, 4000);
            if (kind == null) {
                problems.add(FieldProblem.of("evaluationKind", "FORMAT", "validation.required"));
            }
            if (heldOn == null) {
                problems.add(FieldProblem.of("heldOn", "FORMAT", "validation.required"));
            } else if (heldOn.isAfter(today())) {
                problems.add(FieldProblem.of("heldOn", "SUP-5", "centre.dateInFuture"));
            }
            problems.throwIfAny();
            CentreFile next = kind == EvaluationKind.RECTIFICATION_CHECK ? f.checkRectification(passed, text, heldOn)
                    : f.evaluate(kind, passed, heldOn, rectificationDue);
            store.insertEvaluation(base, id, new Evaluation(InnovationStore.newId(), kind, heldOn, text, passed,
                    passed || kind == EvaluationKind.RECTIFICATION_CHECK ? null : rectificationDue, clock.instant()), caller);
            String step = "EVALUATION_" + kind.name() + (passed ? "_PASSED" : "_FAILED");
            if (next == f) {
                files.step(f, caller, step, text, Map.of());
                return f;
            }
            return save(caller, next, step, text, rectificationDue == null || passed ? Map.of()
                    : Map.of("rectificationDue", rectificationDue.toString()));
        }, null);
    }

    public Achievement recordAchievement(PersonId caller, TenantId base, CentreFileId id, AchievementDraft draft) {
        return act(caller, base, actor -> {
            CentreFile f = lock(id);
            return CentreChannel.record(store, files, f, caller, draft.validate(today()), false, clock);
        });
    }

    public CentreFile revoke(PersonId caller, TenantId base, CentreFileId id, String reason) {
        return decide(caller, base, id, f -> f.revoke(reason, today()), "REVOKED", reason, Map.of());
    }

    public DocumentContent content(PersonId caller, TenantId base, DocumentId document, int version) {
        return documents.content(caller, base, document, version);
    }

    // --- plumbing ---------------------------------------------------------------------------------

    private CentreFile decide(PersonId caller, TenantId base, CentreFileId id, Function<CentreFile, CentreFile> transition,
                              String step, String note, Map<String, String> details) {
        return act(caller, base, actor -> save(caller, transition.apply(lock(id)), step, note, details), step);
    }

    private CentreFile save(PersonId caller, CentreFile next, String step, String note, Map<String, String> details) {
        store.update(next);
        files.step(next, caller, step, note, details);
        return new CentreFile(next.id(), next.base(), next.centre(), next.type(), next.name(), next.stage(),
                next.stageReason(), next.appliedOn(), next.returnedReasons(), next.reviewConclusion(), next.approvedOn(),
                next.approvalReference(), next.planSubmittedOn(), next.acceptanceRequestedOn(),
                next.extensionRequestedOn(), next.extensionRequestedMonths(), next.extensionReason(),
                next.extensionMonths(), next.failedAcceptances(), next.lastFailedOn(), next.establishedOn(),
                next.rectificationDue(), next.pendingName(), next.revokedOn(), next.version() + 1);
    }

    /** A decision of the base, then the centre is told in its own workspace (after the base's commit). */
    private CentreFile act(PersonId caller, TenantId base, Function<Actor, CentreFile> work, String told) {
        CentreFile decided = act(caller, base, work);
        String step = told != null ? told : decided.stage().name();
        notifications.notify(decided.centre(), Recipients.roles(Set.of(OrganizationRole.ADMINISTRATOR,
                        OrganizationRole.SECRETARIAT)), NotificationKind.CENTRE_DECIDED,
                new SubjectLink(SubjectLink.OWN_CENTRE_FILE, decided.id().value()),
                Map.of("centre", decided.name(), "what", told != null ? "centreStep." + step : "centreStage." + step));
        return decided;
    }

    private <T> T act(PersonId caller, TenantId base, Function<Actor, T> work) {
        return access.actIn(caller, base, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT);
            requireBase(base);
            return work.apply(actor);
        });
    }

    private void requireBase(TenantId base) {
        if (!"INNOVATION_BASE".equals(store.kindOf(base).orElse(null))) {
            throw new AccessDeniedException("centre.onlyForBases");
        }
    }

    private CentreFile lock(CentreFileId id) {
        return store.lock(id).orElseThrow(InnovationBaseService::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException("centre.notFound");
    }

    static Map<String, String> details(String key, String value) {
        Map<String, String> details = new HashMap<>();
        if (value != null) {
            details.put(key, value);
        }
        return details;
    }
}
