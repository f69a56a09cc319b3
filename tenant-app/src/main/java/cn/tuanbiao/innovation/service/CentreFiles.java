package cn.tuanbiao.innovation.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.persistence.DocumentStore;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.ConstructionSchedule;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.domain.DeadlineKind;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.domain.TargetProgress;
import cn.tuanbiao.innovation.persistence.InnovationStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.users.persistence.UserRepository;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the base's service and the centre's channel share, always inside the BASE's transaction:
 * reading a file whole (windows, targets, documents), recording a step in its timeline and the
 * base's audit log, and adding a document version to it. Package-private: the only ways in are
 * {@link InnovationBaseService} and {@link CentreChannel}.
 */
@Singleton
class CentreFiles {

    static final String SUBJECT = "INNOVATION_CENTRE";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Set<DocumentKind> YEARLY_KINDS = Set.of(DocumentKind.ANNUAL_PLAN, DocumentKind.SELF_CHECK_REPORT,
            DocumentKind.ANNUAL_SUMMARY, DocumentKind.WORK_REPORT);

    private final InnovationStore store;
    private final DocumentStore documentStore;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final UserRepository users;
    private final Clock clock;
    private final int warnDaysBefore;

    CentreFiles(InnovationStore store, DocumentStore documentStore, DocumentService documents, AuditTrail audit,
                UserRepository users, Clock clock,
                @Value("${tuanbiao.innovation.warn-days-before:30}") int warnDaysBefore) {
        this.store = store;
        this.documentStore = documentStore;
        this.documents = documents;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.warnDaysBefore = warnDaysBefore;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    int warnDaysBefore() {
        return warnDaysBefore;
    }

    /** The file whole, as the base ({@code forBase}) or its centre reads it; in the base's transaction. */
    CentreFileDetail detail(CentreFile f, String centreCode, boolean forBase, int year) {
        LocalDate today = today();
        List<StoredDocument> docs = documentStore.ofSubject(SUBJECT, f.id().value(),
                new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        List<Deadline> deadlines = f.approvedOn() == null ? List.of()
                : ConstructionSchedule.openDeadlines(f, yearlySubmitted(docs), today, warnDaysBefore);
        return new CentreFileDetail(f, centreCode, f.approvedOn() == null ? null : ConstructionSchedule.of(f), deadlines,
                store.timeline(f.id()), store.opinions(f.id()), f.stage().working() || f.establishedOn() != null
                ? targets(f, year) : List.of(), store.achievements(f.id(), year), store.evaluations(f.id()), docs,
                forBase ? CentreAction.forBase(f, today) : CentreAction.forCentre(f, today));
    }

    /** The open windows of a file today; in the base's transaction. */
    List<Deadline> deadlines(CentreFile f) {
        if (f.approvedOn() == null || f.stage().terminal()) {
            return List.of();
        }
        List<StoredDocument> docs = documentStore.ofSubject(SUBJECT, f.id().value(),
                new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        return ConstructionSchedule.openDeadlines(f, yearlySubmitted(docs), today(), warnDaysBefore);
    }

    /**
     * The year's targets: group standards are those the centre published itself (the public
     * register) plus those the base published in its own name for the centre (recorded); the
     * others are the achievements recorded with evidence.
     */
    List<TargetProgress> targets(CentreFile f, int year) {
        Map<TargetKind, Integer> recorded = store.achievementCounts(f.id(), year);
        List<TargetProgress> targets = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            int achieved = recorded.getOrDefault(kind, 0);
            if (kind == TargetKind.GROUP_STANDARD) {
                achieved += store.groupStandardsPublished(f.centre(), year);
            }
            targets.add(new TargetProgress(kind, year, achieved, kind.yearlyTarget()));
        }
        return targets;
    }

    /** A step in the file's timeline and in the base's audit log (AUD-1). */
    void step(CentreFile f, PersonId actor, String step, String note, Map<String, String> details) {
        store.addStep(f.base(), f.id(), step, note, actor, nameOf(actor), clock.instant());
        Map<String, String> all = new HashMap<>(details);
        all.put("centre", f.centre().toString());
        all.put("stage", f.stage().name());
        audit.record(new AuditEntry(f.base(), actor, SUBJECT, f.id().value(), step, note, all));
    }

    /**
     * The file as the next version of the file's document of that kind; yearly documents are kept
     * per year (titled by the year). Must run in the base's transaction.
     */
    DocumentVersion addDocument(CentreFile f, PersonId by, DocumentKind kind, Integer year, CheckedFile file) {
        if (kind == null || kind.ofStandards() && kind != DocumentKind.OTHER) {
            throw new InvalidInputException(FieldProblem.of("documentKind", "SUP-5", "centre.documentKindNotForCentre"));
        }
        String title = null;
        if (YEARLY_KINDS.contains(kind)) {
            if (year == null || year < 2000 || year > today().getYear() + 1) {
                throw new InvalidInputException(FieldProblem.of("year", "SUP-5", "centre.yearRequired"));
            }
            title = Integer.toString(year);
        }
        return documents.addVersion(f.base(), by, SUBJECT, f.id().value(), kind, title, file);
    }

    String nameOf(PersonId person) {
        return person == null ? null : users.findById(person.value()).map(u -> u.displayName()).orElse(null);
    }

    private static Set<String> yearlySubmitted(List<StoredDocument> docs) {
        Set<String> submitted = new HashSet<>();
        for (StoredDocument d : docs) {
            if (YEARLY_KINDS.contains(d.kind())) {
                submitted.add(DeadlineKind.valueOf(d.kind().name()).name() + "/" + d.title());
            }
        }
        return submitted;
    }
}
