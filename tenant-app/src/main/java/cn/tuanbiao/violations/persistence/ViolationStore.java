package cn.tuanbiao.violations.persistence;

import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.SourceKind;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.domain.ViolationSource;
import cn.tuanbiao.violations.domain.ViolationStatus;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.INSPECTION_CANDIDATES;
import static cn.tuanbiao.jooq.Tables.INSPECTION_DRAWS;
import static cn.tuanbiao.jooq.Tables.REFERRALS;
import static cn.tuanbiao.jooq.Tables.VIOLATIONS;

/**
 * The violation cases of the authority whose transaction this is (V35, row-level security), and the
 * authority's own referrals and inspection findings a case may come from. The tenant is never a
 * parameter of a read: the transaction's tenant is the only one these tables show.
 */
@Singleton
public class ViolationStore {

    private static final cn.tuanbiao.jooq.tables.Violations V = VIOLATIONS;

    private final DSLContext db;

    public ViolationStore(DSLContext db) {
        this.db = db;
    }

    public void insert(Violation v) {
        db.insertInto(V).set(V.TENANT_ID, v.authority().value()).set(V.ID, v.id())
                .set(V.ORGANIZATION_ID, v.organization().id().value()).set(V.ORGANIZATION_NAME, v.organization().name())
                .set(V.ORGANIZATION_CODE, v.organization().code())
                .set(V.ORGANIZATION_CREDIT_CODE, v.organization().creditCode())
                .set(V.ORGANIZATION_REGION, v.organization().regionCode())
                .set(V.RULE_TEXT, v.rule()).set(V.FACTS, v.facts()).set(V.SOURCE_KIND, v.source().kind().name())
                .set(V.REFERRAL_ID, v.source().referral()).set(V.INSPECTION_DRAW_ID, v.source().inspectionDraw())
                .set(V.SOURCE_LABEL, v.source().label()).set(V.STATUS, v.status().name())
                .set(V.RECORDED_BY, v.recordedBy().value()).set(V.RECORDED_AT, time(v.recordedAt()))
                .execute();
    }

    public void decide(Violation v) {
        Violation.Decision d = v.decision();
        int updated = db.update(V).set(V.STATUS, v.status().name()).set(V.MEASURE, d.measure().name())
                .set(V.DECISION_NUMBER, d.number()).set(V.DECISION_TEXT, d.text()).set(V.DECIDED_ON, d.decidedOn())
                .set(V.RECTIFICATION_DUE, d.rectificationDue()).set(V.DECIDED_BY, d.decidedBy().value())
                .set(V.DECIDED_AT, time(d.decidedAt())).set(V.VERSION, V.VERSION.plus(1))
                .where(V.ID.eq(v.id()), V.VERSION.eq(v.version()))
                .execute();
        requireOne(updated);
    }

    public void publish(Violation v, String notice, PersonId by) {
        int updated = db.update(V).set(V.STATUS, v.status().name()).set(V.PUBLISHED_ON, v.publishedOn())
                .set(V.NOTICE, notice).set(V.PUBLISHED_BY, by.value()).set(V.PUBLISHED_AT, time(v.publishedAt()))
                .set(V.VERSION, V.VERSION.plus(1))
                .where(V.ID.eq(v.id()), V.VERSION.eq(v.version()))
                .execute();
        requireOne(updated);
    }

    /** The corrected decision and the notice now published for it (what reconciliation republishes). */
    public void correct(Violation v, String notice) {
        Violation.Decision d = v.decision();
        int updated = db.update(V).set(V.MEASURE, d.measure().name()).set(V.DECISION_NUMBER, d.number())
                .set(V.DECISION_TEXT, d.text()).set(V.DECIDED_ON, d.decidedOn()).set(V.RECTIFICATION_DUE, d.rectificationDue())
                .set(V.NOTICE, notice).set(V.CORRECTIONS, v.corrections()).set(V.VERSION, V.VERSION.plus(1))
                .where(V.ID.eq(v.id()), V.VERSION.eq(v.version()))
                .execute();
        requireOne(updated);
    }

    /** The case, locked against a concurrent decision or publication when {@code lock}. */
    public Optional<Violation> find(UUID id, boolean lock) {
        var query = db.selectFrom(V).where(V.ID.eq(id));
        return (lock ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(ViolationStore::toViolation);
    }

    /** The notice as it was published (what reconciliation republishes), by the violation's id. */
    public Optional<String> notice(UUID id) {
        return db.select(V.NOTICE).from(V).where(V.ID.eq(id), V.NOTICE.isNotNull()).fetchOptional(r -> r.value1());
    }

    /** A decision number already given by the authority to another case. */
    public boolean decisionNumberTaken(String number, UUID other) {
        return db.fetchExists(V, V.DECISION_NUMBER.eq(number), V.ID.ne(other));
    }

    /** The authority's cases, newest first, optionally of one organization or one status. */
    public Page<Violation> list(UUID organization, ViolationStatus status, PageRequest page) {
        org.jooq.Condition where = DSL.noCondition();
        if (organization != null) {
            where = where.and(V.ORGANIZATION_ID.eq(organization));
        }
        if (status != null) {
            where = where.and(V.STATUS.eq(status.name()));
        }
        int total = db.fetchCount(V, where);
        List<Violation> items = db.selectFrom(V).where(where).orderBy(V.RECORDED_AT.desc(), V.ID)
                .offset(page.offset()).limit(page.limit()).fetch(ViolationStore::toViolation);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The authority's referral of a case of {@code organization}, as a source: its label, if it exists. */
    public Optional<ViolationSource> referral(UUID referral, UUID organization) {
        var r = REFERRALS;
        return db.select(r.ID, r.CASE_NUMBER, r.TITLE).from(r)
                .where(r.ID.eq(referral), r.SOURCE_TENANT_ID.eq(organization))
                .fetchOptional(row -> new ViolationSource(SourceKind.COMPLAINT, row.value1(), null,
                        "投诉转办 " + row.value2() + "：" + row.value3()));
    }

    /** The authority's random inspection that drew {@code organization} and recorded a finding about it, as a source. */
    public Optional<ViolationSource> inspection(UUID draw, UUID organization) {
        var d = INSPECTION_DRAWS;
        var c = INSPECTION_CANDIDATES;
        return db.select(d.ID, d.TITLE, c.RESULT).from(d).join(c).on(c.TENANT_ID.eq(d.TENANT_ID), c.DRAW_ID.eq(d.ID))
                .where(d.ID.eq(draw), c.POOL.eq("ORGANIZATION"), c.SUBJECT_ID.eq(organization), c.DRAWN.isTrue(),
                        c.RESULT.isNotNull())
                .fetchOptional(row -> new ViolationSource(SourceKind.INSPECTION, null, row.value1(),
                        "双随机抽查 " + row.value2()));
    }

    /** Every source a case against {@code organization} may name: its referrals and its inspection findings, newest first. */
    public List<ViolationSource> sources(UUID organization) {
        var r = REFERRALS;
        var d = INSPECTION_DRAWS;
        var c = INSPECTION_CANDIDATES;
        List<ViolationSource> referrals = db.select(r.ID, r.CASE_NUMBER, r.TITLE).from(r)
                .where(r.SOURCE_TENANT_ID.eq(organization)).orderBy(r.REFERRED_AT.desc()).limit(50)
                .fetch(row -> new ViolationSource(SourceKind.COMPLAINT, row.value1(), null,
                        "投诉转办 " + row.value2() + "：" + row.value3()));
        List<ViolationSource> inspections = db.select(d.ID, d.TITLE).from(d).join(c)
                .on(c.TENANT_ID.eq(d.TENANT_ID), c.DRAW_ID.eq(d.ID))
                .where(c.POOL.eq("ORGANIZATION"), c.SUBJECT_ID.eq(organization), c.DRAWN.isTrue(), c.RESULT.isNotNull())
                .orderBy(d.DRAWN_AT.desc()).limit(50)
                .fetch(row -> new ViolationSource(SourceKind.INSPECTION, null, row.value1(), "双随机抽查 " + row.value2()));
        return java.util.stream.Stream.concat(referrals.stream(), inspections.stream()).toList();
    }

    private static Violation toViolation(Record r) {
        SourceKind kind = SourceKind.valueOf(r.get(V.SOURCE_KIND));
        String measure = r.get(V.MEASURE);
        Violation.Decision decision = r.get(V.DECIDED_AT) == null ? null : new Violation.Decision(
                ViolationMeasure.valueOf(measure), r.get(V.DECISION_NUMBER), r.get(V.DECISION_TEXT), r.get(V.DECIDED_ON),
                r.get(V.RECTIFICATION_DUE), new PersonId(r.get(V.DECIDED_BY)), r.get(V.DECIDED_AT).toInstant());
        return new Violation(r.get(V.ID), new TenantId(r.get(V.TENANT_ID)),
                new Violation.Concerned(new TenantId(r.get(V.ORGANIZATION_ID)), r.get(V.ORGANIZATION_NAME),
                        r.get(V.ORGANIZATION_CODE), r.get(V.ORGANIZATION_CREDIT_CODE).strip(), r.get(V.ORGANIZATION_REGION)),
                r.get(V.RULE_TEXT), r.get(V.FACTS),
                new ViolationSource(kind, r.get(V.REFERRAL_ID), r.get(V.INSPECTION_DRAW_ID), r.get(V.SOURCE_LABEL)),
                ViolationStatus.valueOf(r.get(V.STATUS)), decision, r.get(V.PUBLISHED_ON),
                new PersonId(r.get(V.RECORDED_BY)), r.get(V.RECORDED_AT).toInstant(),
                r.get(V.PUBLISHED_AT) == null ? null : r.get(V.PUBLISHED_AT).toInstant(), r.get(V.CORRECTIONS),
                r.get(V.VERSION));
    }

    private static void requireOne(int updated) {
        if (updated != 1) {
            throw new ConcurrentModificationException("violation changed meanwhile");
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
