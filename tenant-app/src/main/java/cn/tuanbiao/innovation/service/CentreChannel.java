package cn.tuanbiao.innovation.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.persistence.ContentStore;
import cn.tuanbiao.documents.persistence.DocumentStore;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.CentreFileId;
import cn.tuanbiao.innovation.persistence.InnovationStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one narrow channel between a centre and its innovation base (SUP-5): the only code that
 * enters the base's tenant for someone who is not a member of the base. It
 * <ol>
 *   <li>proves the caller's role in the CENTRE (AccessControl, under the centre's own RLS);</li>
 *   <li>finds the centre's base by the platform's organization links (never by what a caller names);</li>
 *   <li>opens a transaction of the BASE's tenant (RLS applies there as everywhere; a call from inside
 *       another tenant's transaction is refused by {@link Transactions}) and reads or writes only the
 *       file whose centre_id is that centre, and the documents of that file;</li>
 *   <li>records every submission in the base's audit log (actor: the centre's person) and in the
 *       centre's own audit log, and tells the base's secretariat.</li>
 * </ol>
 * Reading the file is read-only and not audited (it is the centre's own file); writing is.
 */
@Singleton
public class CentreChannel {

    private final AccessControl access;
    private final Transactions transactions;
    private final InnovationStore store;
    private final CentreFiles files;
    private final DocumentStore documentStore;
    private final ContentStore contents;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    public CentreChannel(AccessControl access, Transactions transactions, InnovationStore store, CentreFiles files,
                         DocumentStore documentStore, ContentStore contents, AuditTrail audit,
                         Notifications notifications, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.files = files;
        this.documentStore = documentStore;
        this.contents = contents;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The centre's own file at its base, read-only; empty when it has none. */
    /** Today in China by the platform's clock (the year whose targets a centre sees first). */
    public LocalDate today() {
        return files.today();
    }

    public Optional<CentreFileDetail> ownFile(PersonId caller, TenantId centre, int year) {
        access.readIn(caller, centre, actor -> actor);
        Optional<TenantId> base = transactions.readOnPlatform(() -> store.baseOf(centre));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        return transactions.readInTenant(base.get(), () -> store.ofCentre(centre)
                .map(f -> files.detail(f, store.codeOf(centre), false, year)));
    }

    /** A version of one of the centre's own file's documents, for download. */
    public DocumentContent content(PersonId caller, TenantId centre, DocumentId document, int version) {
        access.readIn(caller, centre, actor -> actor);
        TenantId base = baseOf(centre);
        return transactions.readInTenant(base, () -> {
            CentreFile f = store.ofCentre(centre).orElseThrow(CentreChannel::notFound);
            boolean ours = documentStore.document(document).filter(d -> CentreFiles.SUBJECT.equals(d.subjectType())
                    && d.subjectId().equals(f.id().value())).isPresent();
            DocumentStore.VersionWithContent found = ours ? documentStore.version(document, version).orElse(null) : null;
            if (found == null) {
                throw new NotFoundException("documents.notFound");
            }
            return new DocumentContent(found.version(), contents.read(found.contentId()));
        });
    }

    /**
     * Submits a document: the construction plan, a yearly plan, summary, self-check or
     * standardization work report (per year), or evidence; a returned application's completed
     * documents too.
     */
    public DocumentVersion submit(PersonId caller, TenantId centre, DocumentKind kind, Integer year, CheckedFile file) {
        if (kind == DocumentKind.ACCEPTANCE_REQUEST || kind == DocumentKind.EXTENSION_REQUEST) {
            throw new InvalidInputException(FieldProblem.of("documentKind", "SUP-5", "centre.useTheRequest"));
        }
        return write(caller, centre, "DOCUMENT_SUBMITTED", Map.of("kind", kind == null ? "" : kind.name()), f -> {
            if (kind == DocumentKind.CONSTRUCTION_PLAN) {
                CentreFile next = f.submitConstructionPlan(files.today());
                if (next != f) {
                    store.update(next);
                    files.step(next, caller, "CONSTRUCTION_PLAN_SUBMITTED", null, Map.of());
                }
            } else if (CentreFiles.YEARLY_KINDS.contains(kind)) {
                f.requireWorking();
                files.step(f, caller, "YEARLY_DOCUMENT_SUBMITTED", null, Map.of("kind", kind.name(),
                        "year", String.valueOf(year)));
            }
            return files.addDocument(f, caller, kind, year, file);
        }, kind == DocumentKind.CONSTRUCTION_PLAN ? "CONSTRUCTION_PLAN_SUBMITTED" : "YEARLY_DOCUMENT_SUBMITTED");
    }

    /** 验收申请 with its document (004 第18条, 第20条). */
    public CentreFile requestAcceptance(PersonId caller, TenantId centre, CheckedFile request) {
        return write(caller, centre, "ACCEPTANCE_REQUESTED", Map.of(), f -> {
            CentreFile next = f.requestAcceptance(files.today());
            store.update(next);
            files.step(next, caller, "ACCEPTANCE_REQUESTED", null, Map.of());
            if (request != null) {
                files.addDocument(next, caller, DocumentKind.ACCEPTANCE_REQUEST, null, request);
            }
            return reloaded(next);
        }, "ACCEPTANCE_REQUESTED");
    }

    /** 延期申请: months (at most 6) and the reason (004 第19条). */
    public CentreFile requestExtension(PersonId caller, TenantId centre, int months, String reason) {
        return write(caller, centre, "EXTENSION_REQUESTED", Map.of("months", Integer.toString(months)), f -> {
            CentreFile next = f.requestExtension(months, reason, files.today());
            store.update(next);
            files.step(next, caller, "EXTENSION_REQUESTED", next.extensionReason(),
                    Map.of("months", Integer.toString(months)));
            return reloaded(next);
        }, "EXTENSION_REQUESTED");
    }

    /** 变更名称: asks the base to approve a new name (004 第21条). */
    public CentreFile requestRename(PersonId caller, TenantId centre, String newName) {
        return write(caller, centre, "RENAME_REQUESTED", Map.of(), f -> {
            CentreFile next = f.requestRename(newName);
            store.update(next);
            files.step(next, caller, "RENAME_REQUESTED", next.pendingName(), Map.of());
            return reloaded(next);
        }, "RENAME_REQUESTED");
    }

    /** A returned application, completed, goes back to the formal check (004 第15条). */
    public CentreFile resubmitApplication(PersonId caller, TenantId centre) {
        return write(caller, centre, "APPLICATION_RESUBMITTED", Map.of(), f -> {
            CentreFile next = f.resubmitApplication();
            store.update(next);
            files.step(next, caller, "APPLICATION_RESUBMITTED", null, Map.of());
            return reloaded(next);
        }, "APPLICATION_RESUBMITTED");
    }

    /** A local standard, pilot, training or group standard, towards the year's targets (004 第22条). */
    public Achievement recordAchievement(PersonId caller, TenantId centre, AchievementDraft draft) {
        AchievementDraft valid = draft.validate(files.today());
        return write(caller, centre, "ACHIEVEMENT_RECORDED", Map.of("kind", valid.kind().name()),
                f -> record(store, files, f, caller, valid, true, clock), "ACHIEVEMENT_RECORDED");
    }

    static Achievement record(InnovationStore store, CentreFiles files, CentreFile f, PersonId caller,
                              AchievementDraft valid, boolean byCentre, Clock clock) {
        f.requireWorking();
        Achievement a = new Achievement(InnovationStore.newId(), f.id(), valid.kind(), valid.title(),
                valid.achievedOn(), valid.participants(), byCentre, clock.instant());
        store.insertAchievement(f.base(), a, caller);
        files.step(f, caller, "ACHIEVEMENT_RECORDED", valid.title(), Map.of("kind", valid.kind().name(),
                "achievedOn", valid.achievedOn().toString()));
        return a;
    }

    // --- plumbing ---------------------------------------------------------------------------------

    private <T> T write(PersonId caller, TenantId centre, String action, Map<String, String> details,
                        Function<CentreFile, T> work, String step) {
        Actor actor = access.readIn(caller, centre, a -> a);
        actor.requireAnyOf(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT);
        TenantId base = baseOf(centre);
        CentreFileId[] id = new CentreFileId[1];
        String[] name = new String[1];
        T result = transactions.inTenant(base, () -> {
            CentreFile current = store.ofCentre(centre).orElseThrow(CentreChannel::notFound);
            CentreFile f = store.lock(current.id()).orElseThrow(CentreChannel::notFound);
            id[0] = f.id();
            name[0] = f.name();
            return work.apply(f);
        });
        // ... and in the centre's own log: what it sent to its base, and when.
        Map<String, String> all = new HashMap<>(details);
        all.put("base", base.toString());
        transactions.inTenant(centre, () -> {
            audit.record(new AuditEntry(centre, caller, CentreFiles.SUBJECT, id[0].value(), action, null, all));
            return null;
        });
        notifications.notify(base, Recipients.roles(Set.of(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT)),
                NotificationKind.CENTRE_SUBMITTED, new SubjectLink(SubjectLink.INNOVATION_CENTRE, id[0].value()),
                Map.of("centre", name[0], "what", "centreStep." + step));
        return result;
    }

    private CentreFile reloaded(CentreFile saved) {
        return store.find(saved.id()).orElseThrow();
    }

    private TenantId baseOf(TenantId centre) {
        return transactions.readOnPlatform(() -> store.baseOf(centre)).orElseThrow(CentreChannel::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("centre.noFile");
    }
}
