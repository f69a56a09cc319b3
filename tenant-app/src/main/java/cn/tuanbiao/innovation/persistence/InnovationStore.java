package cn.tuanbiao.innovation.persistence;

import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileId;
import cn.tuanbiao.innovation.domain.CentreStage;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.Evaluation;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.ExpertOpinion;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.domain.TimelineEntry;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.INNOVATION_ACHIEVEMENTS;
import static cn.tuanbiao.jooq.Tables.INNOVATION_CENTRE_FILES;
import static cn.tuanbiao.jooq.Tables.INNOVATION_CENTRE_STEPS;
import static cn.tuanbiao.jooq.Tables.INNOVATION_EVALUATIONS;
import static cn.tuanbiao.jooq.Tables.INNOVATION_EXPERT_OPINIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_LINKS;
import static cn.tuanbiao.jooq.Tables.PUBLISHED_STANDARDS;

/**
 * The centres' files of the transaction's tenant (an innovation base), their timelines, expert
 * opinions, achievements and evaluations (SUP-5); and the platform-level facts they rest on: which
 * organizations are bases, which base a centre belongs to, what a centre published.
 */
@Singleton
public class InnovationStore {

    private static final cn.tuanbiao.jooq.tables.InnovationCentreFiles F = INNOVATION_CENTRE_FILES;
    private static final cn.tuanbiao.jooq.tables.InnovationCentreSteps T = INNOVATION_CENTRE_STEPS;
    private static final cn.tuanbiao.jooq.tables.InnovationExpertOpinions O = INNOVATION_EXPERT_OPINIONS;
    private static final cn.tuanbiao.jooq.tables.InnovationAchievements A = INNOVATION_ACHIEVEMENTS;
    private static final cn.tuanbiao.jooq.tables.InnovationEvaluations E = INNOVATION_EVALUATIONS;
    private static final String CENTRE_LINK = "INNOVATION_CENTRE";

    private final DSLContext db;

    public InnovationStore(DSLContext db) {
        this.db = db;
    }

    // --- platform: bases, links, the public register ----------------------------------------------

    /** The active innovation bases on the platform (a few per province). */
    public List<TenantId> activeBases() {
        return db.select(ORGANIZATIONS.ID).from(ORGANIZATIONS)
                .where(ORGANIZATIONS.KIND.eq("INNOVATION_BASE"), ORGANIZATIONS.STATUS.eq("ACTIVE"))
                .orderBy(ORGANIZATIONS.ID)
                .fetch(r -> new TenantId(r.value1()));
    }

    /** The base a centre is linked to now, by the platform's organization links. */
    public Optional<TenantId> baseOf(TenantId centre) {
        return db.select(ORGANIZATION_LINKS.PARENT_ID).from(ORGANIZATION_LINKS)
                .where(ORGANIZATION_LINKS.CHILD_ID.eq(centre.value()), ORGANIZATION_LINKS.LINK_KIND.eq(CENTRE_LINK),
                        ORGANIZATION_LINKS.LEFT_ON.isNull())
                .orderBy(ORGANIZATION_LINKS.JOINED_ON.desc())
                .limit(1)
                .fetchOptional(r -> new TenantId(r.value1()));
    }

    /** Whether {@code centre} is a centre of {@code base} now. */
    public boolean isCentreOf(TenantId base, TenantId centre) {
        return db.fetchExists(ORGANIZATION_LINKS, ORGANIZATION_LINKS.PARENT_ID.eq(base.value()),
                ORGANIZATION_LINKS.CHILD_ID.eq(centre.value()), ORGANIZATION_LINKS.LINK_KIND.eq(CENTRE_LINK),
                ORGANIZATION_LINKS.LEFT_ON.isNull());
    }

    /** The kind of an organization, from the platform's register. */
    public Optional<String> kindOf(TenantId organization) {
        return db.select(ORGANIZATIONS.KIND).from(ORGANIZATIONS).where(ORGANIZATIONS.ID.eq(organization.value()))
                .fetchOptional(r -> r.value1());
    }

    /** The centres linked to the base now, with their names: the candidates for an application. */
    public Map<TenantId, String> centresOf(TenantId base) {
        Map<TenantId, String> centres = new java.util.LinkedHashMap<>();
        db.select(ORGANIZATIONS.ID, ORGANIZATIONS.NAME_ZH).from(ORGANIZATION_LINKS)
                .join(ORGANIZATIONS).on(ORGANIZATIONS.ID.eq(ORGANIZATION_LINKS.CHILD_ID))
                .where(ORGANIZATION_LINKS.PARENT_ID.eq(base.value()), ORGANIZATION_LINKS.LINK_KIND.eq(CENTRE_LINK),
                        ORGANIZATION_LINKS.LEFT_ON.isNull())
                .orderBy(ORGANIZATIONS.NAME_ZH)
                .forEach(r -> centres.put(new TenantId(r.value1()), r.value2()));
        return centres;
    }

    /**
     * Group standards the centre itself published in {@code year}, from the public register of
     * published standards (V12: readable by everyone, by law), withdrawn ones included: they were
     * published that year.
     */
    public int groupStandardsPublished(TenantId centre, int year) {
        return db.fetchCount(PUBLISHED_STANDARDS, PUBLISHED_STANDARDS.ORGANIZATION_ID.eq(centre.value()),
                PUBLISHED_STANDARDS.PUBLISHED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    // --- files ------------------------------------------------------------------------------------

    public void insert(CentreFile f) {
        db.insertInto(F)
                .set(F.TENANT_ID, f.base().value()).set(F.ID, f.id().value()).set(F.CENTRE_ID, f.centre().value())
                .set(F.CENTRE_TYPE, f.type().name()).set(F.NAME, f.name()).set(F.STAGE, f.stage().name())
                .set(F.APPLIED_ON, f.appliedOn())
                .execute();
    }

    /** Saves the file's next state; refuses when someone else changed it meanwhile. */
    public void update(CentreFile f) {
        int updated = db.update(F)
                .set(F.NAME, f.name()).set(F.STAGE, f.stage().name()).set(F.STAGE_REASON, f.stageReason())
                .set(F.RETURNED_REASONS, f.returnedReasons()).set(F.REVIEW_CONCLUSION, f.reviewConclusion())
                .set(F.APPROVED_ON, f.approvedOn()).set(F.APPROVAL_REFERENCE, f.approvalReference())
                .set(F.PLAN_SUBMITTED_ON, f.planSubmittedOn()).set(F.ACCEPTANCE_REQUESTED_ON, f.acceptanceRequestedOn())
                .set(F.EXTENSION_REQUESTED_ON, f.extensionRequestedOn())
                .set(F.EXTENSION_REQUESTED_MONTHS, f.extensionRequestedMonths())
                .set(F.EXTENSION_REASON, f.extensionReason()).set(F.EXTENSION_MONTHS, f.extensionMonths())
                .set(F.FAILED_ACCEPTANCES, f.failedAcceptances()).set(F.LAST_FAILED_ON, f.lastFailedOn())
                .set(F.ESTABLISHED_ON, f.establishedOn()).set(F.RECTIFICATION_DUE, f.rectificationDue())
                .set(F.PENDING_NAME, f.pendingName()).set(F.REVOKED_ON, f.revokedOn())
                .set(F.VERSION, f.version() + 1)
                .where(F.ID.eq(f.id().value()), F.VERSION.eq(f.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentModificationException("Centre file " + f.id() + " was changed by someone else");
        }
    }

    public Optional<CentreFile> find(CentreFileId id) {
        return files(F.ID.eq(id.value())).fetchOptional(InnovationStore::toFile);
    }

    /** The file, locked until the transaction ends so that its steps queue. */
    public Optional<CentreFile> lock(CentreFileId id) {
        db.select(F.ID).from(F).where(F.ID.eq(id.value())).forUpdate().fetch();
        return find(id);
    }

    /** The centre's current file (not refused, not revoked), else its latest. */
    public Optional<CentreFile> ofCentre(TenantId centre) {
        return files(F.CENTRE_ID.eq(centre.value()))
                .orderBy(DSL.when(F.STAGE.in("NOT_APPROVED", "REVOKED"), 1).otherwise(0), F.APPLIED_ON.desc())
                .limit(1)
                .fetchOptional(InnovationStore::toFile);
    }

    public boolean hasOpenFile(TenantId centre) {
        return db.fetchExists(F, F.CENTRE_ID.eq(centre.value()), F.STAGE.notIn("NOT_APPROVED", "REVOKED"));
    }

    /** Every file of the base, by name, with the centre's organization code. */
    public List<FileWithCode> all() {
        return files(DSL.noCondition()).orderBy(F.NAME, F.ID)
                .fetch(r -> new FileWithCode(toFile(r), r.get(ORGANIZATIONS.CODE)));
    }

    public record FileWithCode(CentreFile file, String centreCode) {
    }

    public String codeOf(TenantId organization) {
        return db.select(ORGANIZATIONS.CODE).from(ORGANIZATIONS).where(ORGANIZATIONS.ID.eq(organization.value()))
                .fetchOne(r -> r.value1());
    }

    private org.jooq.SelectConditionStep<Record> files(Condition where) {
        return db.select(F.fields()).select(ORGANIZATIONS.CODE).from(F)
                .join(ORGANIZATIONS).on(ORGANIZATIONS.ID.eq(F.CENTRE_ID))
                .where(where);
    }

    private static CentreFile toFile(Record r) {
        return new CentreFile(new CentreFileId(r.get(F.ID)), new TenantId(r.get(F.TENANT_ID)),
                new TenantId(r.get(F.CENTRE_ID)), CentreType.valueOf(r.get(F.CENTRE_TYPE)), r.get(F.NAME),
                CentreStage.valueOf(r.get(F.STAGE)), r.get(F.STAGE_REASON), r.get(F.APPLIED_ON),
                r.get(F.RETURNED_REASONS), r.get(F.REVIEW_CONCLUSION), r.get(F.APPROVED_ON),
                r.get(F.APPROVAL_REFERENCE), r.get(F.PLAN_SUBMITTED_ON), r.get(F.ACCEPTANCE_REQUESTED_ON),
                r.get(F.EXTENSION_REQUESTED_ON), r.get(F.EXTENSION_REQUESTED_MONTHS), r.get(F.EXTENSION_REASON),
                r.get(F.EXTENSION_MONTHS), r.get(F.FAILED_ACCEPTANCES), r.get(F.LAST_FAILED_ON),
                r.get(F.ESTABLISHED_ON), r.get(F.RECTIFICATION_DUE), r.get(F.PENDING_NAME), r.get(F.REVOKED_ON),
                r.get(F.VERSION));
    }

    // --- timeline ---------------------------------------------------------------------------------

    public void addStep(TenantId base, CentreFileId file, String step, String note, PersonId actor, String actorName,
                        Instant at) {
        Integer last = db.select(DSL.max(T.POSITION)).from(T).where(T.FILE_ID.eq(file.value())).fetchOne(r -> r.value1());
        db.insertInto(T)
                .set(T.TENANT_ID, base.value()).set(T.FILE_ID, file.value()).set(T.POSITION, last == null ? 1 : last + 1)
                .set(T.STEP, step).set(T.NOTE, note).set(T.ACTOR_ID, actor == null ? null : actor.value())
                .set(T.ACTOR_NAME, actorName).set(T.AT, utc(at))
                .execute();
    }

    /** The file's steps, newest first. */
    public List<TimelineEntry> timeline(CentreFileId file) {
        return db.selectFrom(T).where(T.FILE_ID.eq(file.value())).orderBy(T.POSITION.desc())
                .fetch(r -> new TimelineEntry(r.getPosition(), r.getStep(), r.getNote(), r.getActorName(),
                        r.getAt().toInstant()));
    }

    // --- expert opinions --------------------------------------------------------------------------

    public void insertOpinion(TenantId base, CentreFileId file, ExpertOpinion o, PersonId by) {
        db.insertInto(O)
                .set(O.TENANT_ID, base.value()).set(O.ID, o.id()).set(O.FILE_ID, file.value())
                .set(O.EXPERT_NAME, o.expertName()).set(O.OPINION, o.opinion())
                .set(O.RECORDED_BY, by.value()).set(O.RECORDED_AT, utc(o.recordedAt()))
                .execute();
    }

    public List<ExpertOpinion> opinions(CentreFileId file) {
        return db.selectFrom(O).where(O.FILE_ID.eq(file.value())).orderBy(O.RECORDED_AT, O.ID)
                .fetch(r -> new ExpertOpinion(r.getId(), r.getExpertName(), r.getOpinion(), r.getRecordedAt().toInstant()));
    }

    // --- achievements -----------------------------------------------------------------------------

    public void insertAchievement(TenantId base, Achievement a, PersonId by) {
        db.insertInto(A)
                .set(A.TENANT_ID, base.value()).set(A.ID, a.id()).set(A.FILE_ID, a.file().value())
                .set(A.YEAR, a.year()).set(A.KIND, a.kind().name()).set(A.TITLE, a.title())
                .set(A.ACHIEVED_ON, a.achievedOn()).set(A.PARTICIPANTS, a.participants())
                .set(A.RECORDED_BY, by.value()).set(A.RECORDED_BY_CENTRE, a.recordedByCentre())
                .set(A.RECORDED_AT, utc(a.recordedAt()))
                .execute();
    }

    /**
     * The year's achievements, newest first; of one day, the latest recorded first (the id only keeps the
     * order stable).
     */
    public List<Achievement> achievements(CentreFileId file, int year) {
        return db.selectFrom(A).where(A.FILE_ID.eq(file.value()), A.YEAR.eq(year))
                .orderBy(A.ACHIEVED_ON.desc(), A.RECORDED_AT.desc(), A.ID)
                .fetch(r -> new Achievement(r.getId(), new CentreFileId(r.getFileId()), TargetKind.valueOf(r.getKind()),
                        r.getTitle(), r.getAchievedOn(), r.getParticipants(), r.getRecordedByCentre(),
                        r.getRecordedAt().toInstant()));
    }

    /** Achievements recorded per target kind in the year. */
    public Map<TargetKind, Integer> achievementCounts(CentreFileId file, int year) {
        Map<TargetKind, Integer> counts = new EnumMap<>(TargetKind.class);
        db.select(A.KIND, DSL.count()).from(A).where(A.FILE_ID.eq(file.value()), A.YEAR.eq(year)).groupBy(A.KIND)
                .forEach(r -> counts.put(TargetKind.valueOf(r.value1()), r.value2()));
        return counts;
    }

    // --- evaluations ------------------------------------------------------------------------------

    public void insertEvaluation(TenantId base, CentreFileId file, Evaluation e, PersonId by) {
        db.insertInto(E)
                .set(E.TENANT_ID, base.value()).set(E.ID, e.id()).set(E.FILE_ID, file.value())
                .set(E.KIND, e.kind().name()).set(E.HELD_ON, e.heldOn()).set(E.FINDINGS, e.findings())
                .set(E.PASSED, e.passed()).set(E.RECTIFICATION_DUE, e.rectificationDue())
                .set(E.RECORDED_BY, by.value()).set(E.RECORDED_AT, utc(e.recordedAt()))
                .execute();
    }

    public List<Evaluation> evaluations(CentreFileId file) {
        return db.selectFrom(E).where(E.FILE_ID.eq(file.value())).orderBy(E.HELD_ON.desc(), E.RECORDED_AT.desc())
                .fetch(r -> new Evaluation(r.getId(), EvaluationKind.valueOf(r.getKind()), r.getHeldOn(),
                        r.getFindings(), r.getPassed(), r.getRectificationDue(), r.getRecordedAt().toInstant()));
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
