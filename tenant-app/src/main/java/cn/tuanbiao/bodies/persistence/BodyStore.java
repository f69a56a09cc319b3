package cn.tuanbiao.bodies.persistence;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatId;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.domain.StakeholderBalance;
import cn.tuanbiao.jooq.tables.records.BodiesRecord;
import cn.tuanbiao.jooq.tables.records.BodySeatsRecord;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.BODIES;
import static cn.tuanbiao.jooq.Tables.BODY_SEATS;
import static cn.tuanbiao.jooq.Tables.REGISTERED_MEMBERS;

/** Bodies and their seats in the transaction's tenant (row-level security scopes every query). */
@Singleton
public class BodyStore {

    private final DSLContext db;

    public BodyStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, Body body, Instant now) {
        BodiesRecord row = db.newRecord(BODIES);
        row.setTenantId(tenant.value());
        row.setId(body.id().value());
        row.setBodyType(body.type().name());
        row.setNameZh(body.nameZh());
        row.setNameEn(body.nameEn());
        row.setMandate(body.mandate());
        row.setEstablishedOn(body.establishedOn());
        row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
        row.insert();
    }

    public boolean nameTaken(String nameZh) {
        return db.fetchExists(BODIES, BODIES.NAME_ZH.eq(nameZh));
    }

    public Optional<Body> find(BodyId id) {
        return db.selectFrom(BODIES).where(BODIES.ID.eq(id.value())).fetchOptional(BodyStore::toBody);
    }

    /** Locks the body while its seats change, so two appointments never race past a rule. */
    public Optional<Body> lock(BodyId id) {
        return db.selectFrom(BODIES).where(BODIES.ID.eq(id.value())).forUpdate().fetchOptional(BodyStore::toBody);
    }

    public void dissolve(BodyId id, LocalDate on) {
        db.update(BODIES).set(BODIES.DISSOLVED_ON, on).where(BODIES.ID.eq(id.value())).execute();
    }

    public Page<Body> list(BodyKind kind, boolean includeDissolved, LocalDate today, PageRequest page) {
        Condition where = DSL.noCondition();
        if (kind != null) {
            where = where.and(BODIES.BODY_TYPE.in(Arrays.stream(BodyType.values())
                    .filter(t -> t.kind() == kind).map(Enum::name).toList()));
        }
        if (!includeDissolved) {
            where = where.and(BODIES.DISSOLVED_ON.isNull().or(BODIES.DISSOLVED_ON.gt(today)));
        }
        int total = db.fetchCount(BODIES, where);
        var items = db.selectFrom(BODIES).where(where)
                .orderBy(BODIES.BODY_TYPE, BODIES.NAME_ZH, BODIES.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(BodyStore::toBody);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public void insertSeat(TenantId tenant, Seat seat, Instant now) {
        BodySeatsRecord row = db.newRecord(BODY_SEATS);
        row.setTenantId(tenant.value());
        row.setId(seat.id().value());
        row.setBodyId(seat.body().value());
        row.setHolderName(seat.holderName());
        row.setMemberId(seat.member() == null ? null : seat.member().value());
        row.setPersonId(seat.person() == null ? null : seat.person().value());
        row.setSeatRole(seat.role().name());
        row.setVotingRight(seat.votingRight());
        row.setTermStarts(seat.termStarts());
        row.setTermEnds(seat.termEnds());
        row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
        row.insert();
    }

    public Optional<Seat> lockSeat(BodyId body, SeatId id) {
        return db.selectFrom(BODY_SEATS).where(BODY_SEATS.BODY_ID.eq(body.value()), BODY_SEATS.ID.eq(id.value()))
                .forUpdate().fetchOptional(BodyStore::toSeat);
    }

    public void endSeat(SeatId id, LocalDate on) {
        db.update(BODY_SEATS).set(BODY_SEATS.ENDED_ON, on).where(BODY_SEATS.ID.eq(id.value())).execute();
    }

    /** Whether a seat of the body held for {@code member} overlaps the given term. */
    public boolean memberHeldDuring(BodyId body, MemberId member, LocalDate from, LocalDate until) {
        return db.fetchExists(BODY_SEATS, BODY_SEATS.BODY_ID.eq(body.value()), BODY_SEATS.MEMBER_ID.eq(member.value()),
                BODY_SEATS.TERM_STARTS.lt(until), BODY_SEATS.TERM_ENDS.gt(from),
                BODY_SEATS.ENDED_ON.isNull().or(BODY_SEATS.ENDED_ON.gt(from)));
    }

    /** Whether the body already has a chair on some day of the given term. */
    public boolean chairHeldDuring(BodyId body, LocalDate from, LocalDate until) {
        return db.fetchExists(BODY_SEATS, BODY_SEATS.BODY_ID.eq(body.value()), BODY_SEATS.SEAT_ROLE.eq(SeatRole.CHAIR.name()),
                BODY_SEATS.TERM_STARTS.lt(until), BODY_SEATS.TERM_ENDS.gt(from),
                BODY_SEATS.ENDED_ON.isNull().or(BODY_SEATS.ENDED_ON.gt(from)));
    }

    /** A body's seats, current ones first unless former ones are asked for too. */
    public Page<Seat> seats(BodyId body, boolean includeFormer, LocalDate today, PageRequest page) {
        Condition where = BODY_SEATS.BODY_ID.eq(body.value());
        if (!includeFormer) {
            where = where.and(heldOn(today));
        }
        int total = db.fetchCount(BODY_SEATS, where);
        var items = db.selectFrom(BODY_SEATS).where(where)
                .orderBy(BODY_SEATS.SEAT_ROLE.sortAsc(Arrays.stream(SeatRole.values()).map(Enum::name).toList()),
                        BODY_SEATS.TERM_ENDS.desc(), BODY_SEATS.HOLDER_NAME, BODY_SEATS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(BodyStore::toSeat);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Counts the seats held today by stakeholder category of the member they represent (ORG-4). */
    public StakeholderBalance balance(BodyId body, LocalDate today) {
        Map<StakeholderCategory, Integer> byCategory = new EnumMap<>(StakeholderCategory.class);
        int unaffiliated = 0;
        var rows = db.select(REGISTERED_MEMBERS.STAKEHOLDER_CATEGORY, DSL.count())
                .from(BODY_SEATS)
                .leftJoin(REGISTERED_MEMBERS).on(REGISTERED_MEMBERS.TENANT_ID.eq(BODY_SEATS.TENANT_ID),
                        REGISTERED_MEMBERS.ID.eq(BODY_SEATS.MEMBER_ID))
                .where(BODY_SEATS.BODY_ID.eq(body.value()), heldOn(today))
                .groupBy(REGISTERED_MEMBERS.STAKEHOLDER_CATEGORY)
                .fetch();
        for (var row : rows) {
            if (row.value1() == null) {
                unaffiliated = row.value2();
            } else {
                byCategory.put(StakeholderCategory.valueOf(row.value1()), row.value2());
            }
        }
        int foreignInvested = db.fetchCount(db.selectOne().from(BODY_SEATS)
                .join(REGISTERED_MEMBERS).on(REGISTERED_MEMBERS.TENANT_ID.eq(BODY_SEATS.TENANT_ID),
                        REGISTERED_MEMBERS.ID.eq(BODY_SEATS.MEMBER_ID))
                .where(BODY_SEATS.BODY_ID.eq(body.value()), heldOn(today), REGISTERED_MEMBERS.FOREIGN_INVESTED.isTrue()));
        int votingRights = db.fetchCount(BODY_SEATS, BODY_SEATS.BODY_ID.eq(body.value()), heldOn(today),
                BODY_SEATS.VOTING_RIGHT.isTrue());
        return new StakeholderBalance(byCategory, unaffiliated, foreignInvested, votingRights);
    }

    private static Condition heldOn(LocalDate day) {
        return BODY_SEATS.TERM_STARTS.le(day).and(BODY_SEATS.TERM_ENDS.gt(day))
                .and(BODY_SEATS.ENDED_ON.isNull().or(BODY_SEATS.ENDED_ON.gt(day)));
    }

    private static Body toBody(BodiesRecord r) {
        return new Body(new BodyId(r.getId()), BodyType.valueOf(r.getBodyType()), r.getNameZh(), r.getNameEn(),
                r.getMandate(), r.getEstablishedOn(), r.getDissolvedOn());
    }

    private static Seat toSeat(BodySeatsRecord r) {
        return new Seat(new SeatId(r.getId()), new BodyId(r.getBodyId()), r.getHolderName(),
                r.getMemberId() == null ? null : new MemberId(r.getMemberId()),
                r.getPersonId() == null ? null : new PersonId(r.getPersonId()), SeatRole.valueOf(r.getSeatRole()),
                r.getVotingRight(), r.getTermStarts(), r.getTermEnds(), r.getEndedOn());
    }
}
