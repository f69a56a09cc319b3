package cn.tuanbiao.members.persistence;

import cn.tuanbiao.jooq.tables.records.RegisteredMembersRecord;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.organizations.domain.CreditCode;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.REGISTERED_MEMBERS;

/** The member register of the transaction's tenant (row-level security scopes every query). */
@Singleton
public class MemberRegisterStore {

    private final DSLContext db;

    public MemberRegisterStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, RegisteredMember member, Instant now) {
        RegisteredMembersRecord row = db.newRecord(REGISTERED_MEMBERS);
        row.setTenantId(tenant.value());
        row.setId(member.id().value());
        row.setMemberKind(member.kind().name());
        row.setName(member.name());
        row.setUnitType(member.unitType() == null ? null : member.unitType().name());
        row.setCreditCode(member.creditCode() == null ? null : member.creditCode().value());
        row.setStakeholderCategory(member.stakeholder().name());
        row.setForeignInvested(member.foreignInvested());
        row.setAffiliation(member.affiliation());
        row.setExpertise(member.expertise());
        row.setContactName(member.contactName());
        row.setContactPhone(member.contactPhone());
        row.setJoinedOn(member.joinedOn());
        row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
        row.insert();
    }

    public boolean creditCodeTaken(CreditCode code) {
        return db.fetchExists(REGISTERED_MEMBERS, REGISTERED_MEMBERS.CREDIT_CODE.eq(code.value()));
    }

    public Optional<RegisteredMember> find(MemberId id) {
        return db.selectFrom(REGISTERED_MEMBERS).where(REGISTERED_MEMBERS.ID.eq(id.value()))
                .fetchOptional(MemberRegisterStore::toMember);
    }

    /** Locks the member's row for a change that depends on its current state. */
    public Optional<RegisteredMember> lock(MemberId id) {
        return db.selectFrom(REGISTERED_MEMBERS).where(REGISTERED_MEMBERS.ID.eq(id.value())).forUpdate()
                .fetchOptional(MemberRegisterStore::toMember);
    }

    public void recordLeaving(MemberId id, LocalDate leftOn) {
        db.update(REGISTERED_MEMBERS).set(REGISTERED_MEMBERS.LEFT_ON, leftOn)
                .where(REGISTERED_MEMBERS.ID.eq(id.value())).execute();
    }

    /** The register one page at a time: by kind, stakeholder and name, current members only unless asked. */
    public Page<RegisteredMember> list(MemberKind kind, StakeholderCategory stakeholder, String text,
                                       boolean includeFormer, LocalDate today, PageRequest page) {
        Condition where = DSL.noCondition();
        if (kind != null) {
            where = where.and(REGISTERED_MEMBERS.MEMBER_KIND.eq(kind.name()));
        }
        if (stakeholder != null) {
            where = where.and(REGISTERED_MEMBERS.STAKEHOLDER_CATEGORY.eq(stakeholder.name()));
        }
        if (text != null && !text.isBlank()) {
            where = where.and(REGISTERED_MEMBERS.NAME.like(Like.containing(text)).escape(Like.ESCAPE));
        }
        if (!includeFormer) {
            where = where.and(REGISTERED_MEMBERS.LEFT_ON.isNull().or(REGISTERED_MEMBERS.LEFT_ON.gt(today)));
        }
        int total = db.fetchCount(REGISTERED_MEMBERS, where);
        var items = db.selectFrom(REGISTERED_MEMBERS).where(where)
                .orderBy(REGISTERED_MEMBERS.MEMBER_KIND.desc(), REGISTERED_MEMBERS.NAME, REGISTERED_MEMBERS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(MemberRegisterStore::toMember);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static RegisteredMember toMember(RegisteredMembersRecord r) {
        return new RegisteredMember(new MemberId(r.getId()), MemberKind.valueOf(r.getMemberKind()), r.getName(),
                r.getUnitType() == null ? null : UnitType.valueOf(r.getUnitType()),
                r.getCreditCode() == null ? null : new CreditCode(r.getCreditCode()),
                StakeholderCategory.valueOf(r.getStakeholderCategory()), r.getForeignInvested(), r.getAffiliation(),
                r.getExpertise(), r.getContactName(), r.getContactPhone(), r.getJoinedOn(), r.getLeftOn());
    }
}
