package cn.tuanbiao.practice.persistence;

import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.EvidenceRule;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.tenancy.PersonId;
import jakarta.inject.Singleton;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.PRACTICE_INDICATORS;
import static cn.tuanbiao.jooq.Tables.PRACTICE_SCHEMES;

/** The operator's indicator catalogues (PUB-2): platform reference data, one immutable set of rows per scheme version. */
@Singleton
public class CatalogueStore {

    private static final cn.tuanbiao.jooq.tables.PracticeSchemes S = PRACTICE_SCHEMES;
    private static final cn.tuanbiao.jooq.tables.PracticeIndicators I = PRACTICE_INDICATORS;

    private final DSLContext db;

    public CatalogueStore(DSLContext db) {
        this.db = db;
    }

    public boolean exists(String version) {
        return db.fetchExists(S, S.VERSION.eq(version));
    }

    public void insert(Catalogue catalogue, PersonId importedBy) {
        Scheme scheme = catalogue.scheme();
        db.insertInto(S).set(S.VERSION, scheme.version()).set(S.YEAR, scheme.year()).set(S.TITLE, scheme.title())
                .set(S.ONE_STAR, scheme.oneStar()).set(S.TWO_STAR, scheme.twoStar()).set(S.THREE_STAR, scheme.threeStar())
                .set(S.TOTAL_POINTS, scheme.totalPoints()).set(S.SOURCE_FILE, scheme.sourceFile())
                .set(S.IMPORTED_BY, importedBy.value()).set(S.IMPORTED_AT, scheme.importedAt().atOffset(ZoneOffset.UTC))
                .execute();
        BatchBindStep rows = db.batch(db.insertInto(I, I.SCHEME_VERSION, I.CODE, I.TIER, I.PARENT_CODE, I.POSITION,
                I.NAME_ZH, I.NAME_EN, I.POINTS, I.BASIC, I.CRITERIA, I.EVIDENCE_RULE)
                .values((String) null, null, null, null, null, null, null, null, null, null, null));
        for (Indicator i : catalogue.indicators()) {
            rows.bind(scheme.version(), i.code(), (short) i.level(), i.parentCode(), i.position(), i.nameZh(), i.nameEn(),
                    i.points(), i.basic(), i.criteria(), i.evidence() == null ? null : i.evidence().toString());
        }
        rows.execute();
    }

    /** Every scheme version, newest import first. */
    public List<Scheme> schemes() {
        return db.selectFrom(S).orderBy(S.IMPORTED_AT.desc(), S.VERSION.desc()).fetch(CatalogueStore::scheme);
    }

    public Optional<Catalogue> catalogue(String version) {
        return db.selectFrom(S).where(S.VERSION.eq(version)).fetchOptional(CatalogueStore::scheme)
                .map(scheme -> new Catalogue(scheme, db.selectFrom(I).where(I.SCHEME_VERSION.eq(version))
                        .orderBy(I.POSITION).fetch(CatalogueStore::indicator)));
    }

    /** The scheme new self-evaluations are opened against: the latest imported. */
    public Optional<Catalogue> latest() {
        return db.select(S.VERSION).from(S).orderBy(S.IMPORTED_AT.desc(), S.VERSION.desc()).limit(1)
                .fetchOptional(S.VERSION).flatMap(this::catalogue);
    }

    private static Scheme scheme(Record r) {
        return new Scheme(r.get(S.VERSION), r.get(S.YEAR), r.get(S.TITLE), r.get(S.ONE_STAR), r.get(S.TWO_STAR),
                r.get(S.THREE_STAR), r.get(S.TOTAL_POINTS), r.get(S.SOURCE_FILE), r.get(S.IMPORTED_AT).toInstant());
    }

    private static Indicator indicator(Record r) {
        String rule = r.get(I.EVIDENCE_RULE);
        return new Indicator(r.get(I.CODE), r.get(I.TIER), r.get(I.PARENT_CODE), r.get(I.POSITION), r.get(I.NAME_ZH),
                r.get(I.NAME_EN), r.get(I.POINTS), r.get(I.BASIC), r.get(I.CRITERIA),
                rule == null ? null : EvidenceRule.parse(rule).orElse(null));
    }
}
