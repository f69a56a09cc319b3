package cn.tuanbiao.console.alliance.persistence;

import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.ALLIANCE_CONVENTIONS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_CONVENTION_ACCEPTANCES;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_EXPERTS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_EXPERT_INVITATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_LINKS;

/**
 * The alliance's records. Two kinds of method, by the transaction they run in:
 * <ul>
 *   <li>the membership links (platform table organization_links, V2) and names of organizations,
 *       read on the platform (no tenant);</li>
 *   <li>the convention, its acceptances, the expert pool and its invitations (V33, row-level
 *       security): only the alliance whose transaction this is — its tenant is never a parameter
 *       of a read.</li>
 * </ul>
 */
@Singleton
public class AllianceStore {

    public static final String MEMBER_LINK = "ALLIANCE_MEMBER";

    private static final cn.tuanbiao.jooq.tables.OrganizationLinks L = ORGANIZATION_LINKS;
    private static final cn.tuanbiao.jooq.tables.Organizations O = ORGANIZATIONS;
    private static final cn.tuanbiao.jooq.tables.AllianceConventions C = ALLIANCE_CONVENTIONS;
    private static final cn.tuanbiao.jooq.tables.AllianceConventionAcceptances A = ALLIANCE_CONVENTION_ACCEPTANCES;
    private static final cn.tuanbiao.jooq.tables.AllianceExperts E = ALLIANCE_EXPERTS;
    private static final cn.tuanbiao.jooq.tables.AllianceExpertInvitations I = ALLIANCE_EXPERT_INVITATIONS;

    private final DSLContext db;

    public AllianceStore(DSLContext db) {
        this.db = db;
    }

    // --- membership links (platform) -------------------------------------------------------------

    /** Every period of membership of the alliance, newest first (joined, then left), by page. */
    public Page<MemberPeriod> history(TenantId alliance, PageRequest page) {
        Condition where = L.PARENT_ID.eq(alliance.value()).and(L.LINK_KIND.eq(MEMBER_LINK));
        long total = db.fetchCount(L, where);
        List<MemberPeriod> items = db.select(L.CHILD_ID, O.CODE, O.NAME_ZH, L.JOINED_ON, L.LEFT_ON, L.LEFT_REASON)
                .from(L).join(O).on(O.ID.eq(L.CHILD_ID))
                .where(where)
                .orderBy(DSL.greatest(L.JOINED_ON, DSL.coalesce(L.LEFT_ON, L.JOINED_ON)).desc(), O.NAME_ZH, L.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new MemberPeriod(new TenantId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Since when each current member of the alliance among {@code members} is one. */
    public Map<TenantId, LocalDate> joinedOn(TenantId alliance, Collection<TenantId> members) {
        Map<TenantId, LocalDate> joined = new HashMap<>();
        db.select(L.CHILD_ID, L.JOINED_ON).from(L)
                .where(L.PARENT_ID.eq(alliance.value()), L.LINK_KIND.eq(MEMBER_LINK), L.LEFT_ON.isNull(),
                        L.CHILD_ID.in(members.stream().map(TenantId::value).toList()))
                .forEach(r -> joined.put(new TenantId(r.value1()), r.value2()));
        return joined;
    }

    /** The alliances {@code member} belongs to now: id, code, name and since when, by name. */
    public List<MemberLink> alliancesOf(TenantId member) {
        return db.select(L.PARENT_ID, O.CODE, O.NAME_ZH, L.JOINED_ON)
                .from(L).join(O).on(O.ID.eq(L.PARENT_ID))
                .where(L.CHILD_ID.eq(member.value()), L.LINK_KIND.eq(MEMBER_LINK), L.LEFT_ON.isNull(),
                        O.KIND.eq("ALLIANCE"), O.STATUS.eq("ACTIVE"))
                .orderBy(O.NAME_ZH, L.PARENT_ID)
                .fetch(r -> new MemberLink(new TenantId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** The alliance's current members (id, code, name, since when), by name; alliances have tens, not thousands. */
    public List<MemberLink> currentMembers(TenantId alliance) {
        return db.select(L.CHILD_ID, O.CODE, O.NAME_ZH, L.JOINED_ON)
                .from(L).join(O).on(O.ID.eq(L.CHILD_ID))
                .where(L.PARENT_ID.eq(alliance.value()), L.LINK_KIND.eq(MEMBER_LINK), L.LEFT_ON.isNull())
                .orderBy(O.NAME_ZH, L.CHILD_ID)
                .fetch(r -> new MemberLink(new TenantId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** Whether {@code member} is a current member of {@code alliance}. */
    public boolean isCurrentMember(TenantId alliance, TenantId member) {
        return db.fetchExists(L, L.PARENT_ID.eq(alliance.value()), L.CHILD_ID.eq(member.value()),
                L.LINK_KIND.eq(MEMBER_LINK), L.LEFT_ON.isNull());
    }

    /** The registered Chinese name of an organization. */
    public Optional<String> nameOf(TenantId organization) {
        return db.select(O.NAME_ZH).from(O).where(O.ID.eq(organization.value())).fetchOptional(r -> r.value1());
    }

    /** The organization code (社会团体代号) of an organization. */
    public Optional<String> codeOf(TenantId organization) {
        return db.select(O.CODE).from(O).where(O.ID.eq(organization.value())).fetchOptional(r -> r.value1());
    }

    // --- the convention (alliance tenant) --------------------------------------------------------

    public Optional<Convention> latestConvention() {
        return db.selectFrom(C).orderBy(C.VERSION.desc()).limit(1).fetchOptional(AllianceStore::convention);
    }

    public List<Convention> conventions() {
        return db.selectFrom(C).orderBy(C.VERSION.desc()).fetch(AllianceStore::convention);
    }

    public Convention insertConvention(TenantId alliance, ConventionText text, PersonId by, String byName,
                                       Instant at) {
        int version = latestConvention().map(Convention::version).orElse(0) + 1;
        db.insertInto(C).set(C.TENANT_ID, alliance.value()).set(C.VERSION, version).set(C.TITLE, text.title())
                .set(C.BODY, text.body()).set(C.PUBLISHED_AT, time(at)).set(C.PUBLISHED_BY, by.value())
                .set(C.PUBLISHED_BY_NAME, byName).execute();
        return new Convention(version, text.title(), text.body(), at, byName);
    }

    /** The latest version each of {@code members} accepted (members that accepted none are absent). */
    public Map<TenantId, Integer> acceptedVersions(Collection<TenantId> members) {
        Map<TenantId, Integer> accepted = new HashMap<>();
        db.select(A.MEMBER_ID, DSL.max(A.VERSION)).from(A)
                .where(A.MEMBER_ID.in(members.stream().map(TenantId::value).toList()))
                .groupBy(A.MEMBER_ID)
                .forEach(r -> accepted.put(new TenantId(r.value1()), r.value2()));
        return accepted;
    }

    /** The member's latest acceptance: version, when, by whom. */
    public Optional<Acceptance> latestAcceptance(TenantId member) {
        return db.select(A.VERSION, A.ACCEPTED_AT, A.ACCEPTED_BY_NAME).from(A)
                .where(A.MEMBER_ID.eq(member.value()))
                .orderBy(A.VERSION.desc()).limit(1)
                .fetchOptional(r -> new Acceptance(r.value1(), r.value2().toInstant(), r.value3()));
    }

    public void insertAcceptance(TenantId alliance, TenantId member, int version, PersonId by, String byName,
                                 Instant at) {
        db.insertInto(A).set(A.TENANT_ID, alliance.value()).set(A.MEMBER_ID, member.value()).set(A.VERSION, version)
                .set(A.ACCEPTED_AT, time(at)).set(A.ACCEPTED_BY, by.value()).set(A.ACCEPTED_BY_NAME, byName).execute();
    }

    public record Acceptance(int version, Instant at, String byName) {
    }

    // --- the expert pool (alliance tenant) -------------------------------------------------------

    /** One page of the pool by name, all statuses or one, optionally only one member's experts. */
    public Page<Expert> experts(ExpertStatus status, TenantId member, PageRequest page) {
        Condition where = DSL.noCondition();
        if (status != null) {
            where = where.and(E.STATUS.eq(status.name()));
        }
        if (member != null) {
            where = where.and(E.MEMBER_ID.eq(member.value()));
        }
        long total = db.fetchCount(E, where);
        List<Expert> items = expertQuery().where(where)
                .orderBy(E.STATUS, E.NAME, E.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(AllianceStore::expert);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<Expert> expert(UUID id) {
        return expertQuery().where(E.ID.eq(id)).fetchOptional(AllianceStore::expert);
    }

    /** The expert's row, locked until the transaction ends (one decision at a time). */
    public Optional<Expert> lockExpert(UUID id) {
        db.select(E.ID).from(E).where(E.ID.eq(id)).forUpdate().fetchOptional();
        return expert(id);
    }

    /** Nominations of the council member that were not declined (ORG-5's quota). */
    public int activeNominationsBy(PersonId councilMember) {
        return db.fetchCount(E, E.NOMINATED_BY.eq(councilMember.value()), E.STATUS.ne(ExpertStatus.DECLINED.name()));
    }

    public UUID insertExpert(TenantId alliance, Nomination nomination, PersonId by, String byName, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(E).set(E.TENANT_ID, alliance.value()).set(E.ID, id).set(E.MEMBER_ID, nomination.member().value())
                .set(E.NAME, nomination.name()).set(E.FIELD, nomination.field()).set(E.TITLE, nomination.title())
                .set(E.STATUS, ExpertStatus.NOMINATED.name()).set(E.NOMINATED_BY, by.value())
                .set(E.NOMINATED_BY_NAME, byName).set(E.NOMINATED_AT, time(at)).execute();
        return id;
    }

    public void decide(UUID expert, ExpertStatus status, PersonId by, Instant at) {
        db.update(E).set(E.STATUS, status.name()).set(E.DECIDED_BY, by.value()).set(E.DECIDED_AT, time(at))
                .where(E.ID.eq(expert)).execute();
    }

    public boolean invited(UUID expert, TenantId member, UUID standard) {
        return db.fetchExists(I, I.EXPERT_ID.eq(expert), I.MEMBER_ID.eq(member.value()), I.STANDARD_ID.eq(standard));
    }

    public UUID insertInvitation(TenantId alliance, UUID expert, TenantId member, UUID standard, LocalDate reviewOn,
                                 PersonId by, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(I).set(I.TENANT_ID, alliance.value()).set(I.ID, id).set(I.EXPERT_ID, expert)
                .set(I.MEMBER_ID, member.value()).set(I.STANDARD_ID, standard).set(I.REVIEW_ON, reviewOn)
                .set(I.INVITED_AT, time(at)).set(I.INVITED_BY, by.value()).execute();
        return id;
    }

    /** Invitations by page, newest first: all of them, or one member's, or one expert's. */
    public Page<Invitation> invitations(TenantId member, UUID expert, PageRequest page) {
        Condition where = DSL.noCondition();
        if (member != null) {
            where = where.and(I.MEMBER_ID.eq(member.value()));
        }
        if (expert != null) {
            where = where.and(I.EXPERT_ID.eq(expert));
        }
        long total = db.fetchCount(I, where);
        List<Invitation> items = db.select(I.ID, I.EXPERT_ID, E.NAME, I.MEMBER_ID, O.NAME_ZH, I.STANDARD_ID,
                        I.REVIEW_ON, I.INVITED_AT)
                .from(I).join(E).on(E.TENANT_ID.eq(I.TENANT_ID), E.ID.eq(I.EXPERT_ID))
                .join(O).on(O.ID.eq(I.MEMBER_ID))
                .where(where)
                .orderBy(I.INVITED_AT.desc(), I.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new Invitation(r.value1(), r.value2(), r.value3(), new TenantId(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8().toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private org.jooq.SelectOnConditionStep<Record> expertQuery() {
        Field<Integer> invitations = DSL.field(DSL.selectCount().from(I)
                .where(I.TENANT_ID.eq(E.TENANT_ID), I.EXPERT_ID.eq(E.ID)));
        return db.select(E.fields()).select(O.NAME_ZH, invitations.as("invitations"))
                .from(E).join(O).on(O.ID.eq(E.MEMBER_ID));
    }

    private static Expert expert(Record r) {
        return new Expert(r.get(E.ID), new TenantId(r.get(E.MEMBER_ID)), r.get(O.NAME_ZH), r.get(E.NAME),
                r.get(E.FIELD), r.get(E.TITLE), ExpertStatus.valueOf(r.get(E.STATUS)), r.get(E.NOMINATED_BY_NAME),
                r.get(E.NOMINATED_AT).toInstant(), r.get(E.DECIDED_AT) == null ? null : r.get(E.DECIDED_AT).toInstant(),
                r.get("invitations", Integer.class));
    }

    private static Convention convention(cn.tuanbiao.jooq.tables.records.AllianceConventionsRecord r) {
        return new Convention(r.getVersion(), r.getTitle(), r.getBody(), r.getPublishedAt().toInstant(),
                r.getPublishedByName());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
