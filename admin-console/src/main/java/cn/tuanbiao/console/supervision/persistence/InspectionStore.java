package cn.tuanbiao.console.supervision.persistence;

import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.CandidatePool;
import cn.tuanbiao.console.supervision.domain.Finding;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.InspectionResult;
import cn.tuanbiao.console.supervision.domain.PoolFilter;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.INSPECTION_CANDIDATES;
import static cn.tuanbiao.jooq.Tables.INSPECTION_DRAWS;

/**
 * The random inspections of the authority whose transaction this is (V31, row-level security):
 * a draw with its two pools, the findings, the publication. The tenant is never a parameter
 * here: the transaction's tenant is the only one these tables show.
 */
@Singleton
public class InspectionStore {

    private static final cn.tuanbiao.jooq.tables.InspectionDraws D = INSPECTION_DRAWS;
    private static final cn.tuanbiao.jooq.tables.InspectionCandidates C = INSPECTION_CANDIDATES;

    private final DSLContext db;

    public InspectionStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId authority, InspectionDraw draw) {
        PoolFilter f = draw.filter();
        db.insertInto(D).set(D.TENANT_ID, authority.value()).set(D.ID, draw.id()).set(D.TITLE, draw.title())
                .set(D.SEED, draw.seed()).set(D.REGION_PREFIX, f.region() == null ? "" : f.region().prefix())
                .set(D.KIND, f.kind() == null ? null : f.kind().name()).set(D.INDUSTRY_PREFIX, f.industryPrefix())
                .set(D.ORGANIZATIONS_REQUESTED, draw.organizationsRequested())
                .set(D.INSPECTORS_REQUESTED, draw.inspectorsRequested()).set(D.POOL_DIGEST, draw.poolDigest())
                .set(D.DRAWN_AT, time(draw.drawnAt())).set(D.DRAWN_BY, draw.drawnBy().value())
                .execute();
        var insert = db.insertInto(C, C.TENANT_ID, C.DRAW_ID, C.POOL, C.CANDIDATE_KEY, C.SUBJECT_ID, C.LABEL,
                C.REGION_CODE, C.RANK, C.DRAWN);
        for (Candidate c : concat(draw.organizations(), draw.inspectors())) {
            insert = insert.values(authority.value(), draw.id(), c.pool().name(), c.key(), c.subjectId(), c.label(),
                    c.regionCode(), c.rank(), c.drawn());
        }
        insert.execute();
    }

    public void recordFinding(UUID draw, Candidate organization) {
        Finding f = organization.finding().orElseThrow();
        db.update(C).set(C.RESULT, f.result().name()).set(C.FINDING, f.text()).set(C.RECORDED_AT, time(f.recordedAt()))
                .set(C.RECORDED_BY, f.recordedBy().value())
                .where(C.DRAW_ID.eq(draw), C.POOL.eq(CandidatePool.ORGANIZATION.name()),
                        C.CANDIDATE_KEY.eq(organization.key()))
                .execute();
    }

    public void markPublished(UUID draw, Instant at, PersonId by) {
        db.update(D).set(D.PUBLISHED_AT, time(at)).set(D.PUBLISHED_BY, by.value())
                .where(D.ID.eq(draw), D.PUBLISHED_AT.isNull()).execute();
    }

    /** The draw, locked against concurrent findings and publication when {@code lock}. */
    public Optional<InspectionDraw> find(UUID id, boolean lock) {
        var query = db.selectFrom(D).where(D.ID.eq(id));
        var row = lock ? query.forUpdate().fetchOptional() : query.fetchOptional();
        return row.map(this::withCandidates);
    }

    /** The authority's draws, newest first; only published ones when {@code publishedOnly}. */
    public List<InspectionDraw> list(boolean publishedOnly, int limit) {
        return db.selectFrom(D).where(publishedOnly ? D.PUBLISHED_AT.isNotNull() : org.jooq.impl.DSL.noCondition())
                .orderBy(D.DRAWN_AT.desc(), D.ID).limit(limit)
                .fetch(this::withCandidates);
    }

    private InspectionDraw withCandidates(Record d) {
        UUID id = d.get(D.ID);
        List<Candidate> all = db.selectFrom(C).where(C.DRAW_ID.eq(id)).orderBy(C.POOL, C.RANK)
                .fetch(c -> new Candidate(CandidatePool.valueOf(c.getPool()), c.getCandidateKey(), c.getSubjectId(),
                        c.getLabel(), c.getRegionCode(), c.getRank(), c.getDrawn(),
                        Optional.ofNullable(c.getResult()).map(r -> new Finding(InspectionResult.valueOf(r),
                                c.getFinding(), c.getRecordedAt().toInstant(), new PersonId(c.getRecordedBy())))));
        String region = d.get(D.REGION_PREFIX);
        String kind = d.get(D.KIND);
        return new InspectionDraw(id, d.get(D.TITLE), d.get(D.SEED),
                new PoolFilter(region.isEmpty() ? null : new Jurisdiction(region),
                        kind == null ? null : OrganizationKind.valueOf(kind), d.get(D.INDUSTRY_PREFIX)),
                d.get(D.ORGANIZATIONS_REQUESTED), d.get(D.INSPECTORS_REQUESTED), d.get(D.POOL_DIGEST),
                d.get(D.DRAWN_AT).toInstant(), new PersonId(d.get(D.DRAWN_BY)),
                Optional.ofNullable(d.get(D.PUBLISHED_AT)).map(OffsetDateTime::toInstant),
                all.stream().filter(c -> c.pool() == CandidatePool.ORGANIZATION).toList(),
                all.stream().filter(c -> c.pool() == CandidatePool.INSPECTOR).toList());
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
