package cn.tuanbiao.users.persistence;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.tuanbiao.jooq.Tables.MEMBERSHIPS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.USERS;

/**
 * Memberships: tenant-owned rows, so every query here runs inside a tenant (or, for
 * {@link #organizationsOf}, a person) transaction and row-level security scopes it.
 * No query repeats the tenant predicate on purpose: the database enforces it.
 */
@Singleton
public class MembershipStore {

    private final DSLContext db;

    public MembershipStore(DSLContext db) {
        this.db = db;
    }

    /** The active roles of {@code person} in the transaction's tenant, if any. */
    public Optional<Set<OrganizationRole>> activeRoles(PersonId person) {
        return db.select(MEMBERSHIPS.ROLES)
                .from(MEMBERSHIPS)
                .where(MEMBERSHIPS.USER_ID.eq(person.value()))
                .and(MEMBERSHIPS.STATUS.eq(MembershipStatus.ACTIVE.name()))
                .fetchOptional(MEMBERSHIPS.ROLES)
                .map(MembershipStore::roles);
    }

    public boolean exists(PersonId person) {
        return db.fetchExists(MEMBERSHIPS, MEMBERSHIPS.USER_ID.eq(person.value()));
    }

    public void insert(TenantId tenant, PersonId person, Set<OrganizationRole> roles, String title, Instant joinedAt) {
        db.insertInto(MEMBERSHIPS)
                .set(MEMBERSHIPS.TENANT_ID, tenant.value())
                .set(MEMBERSHIPS.USER_ID, person.value())
                .set(MEMBERSHIPS.ROLES, names(roles))
                .set(MEMBERSHIPS.TITLE, title)
                .set(MEMBERSHIPS.STATUS, MembershipStatus.ACTIVE.name())
                .set(MEMBERSHIPS.JOINED_AT, OffsetDateTime.ofInstant(joinedAt, ZoneOffset.UTC))
                .execute();
    }

    /** Returns whether a membership of {@code person} was there to update. */
    public boolean updateRoles(PersonId person, Set<OrganizationRole> roles) {
        return db.update(MEMBERSHIPS)
                .set(MEMBERSHIPS.ROLES, names(roles))
                .where(MEMBERSHIPS.USER_ID.eq(person.value()))
                .execute() == 1;
    }

    public boolean updateStatus(PersonId person, MembershipStatus status) {
        return db.update(MEMBERSHIPS)
                .set(MEMBERSHIPS.STATUS, status.name())
                .where(MEMBERSHIPS.USER_ID.eq(person.value()))
                .execute() == 1;
    }

    /** How many active administrators the organization has, so the last one cannot be removed. */
    public int activeAdministrators() {
        return db.fetchCount(MEMBERSHIPS, MEMBERSHIPS.STATUS.eq(MembershipStatus.ACTIVE.name())
                .and(DSL.val(OrganizationRole.ADMINISTRATOR.name()).eq(DSL.any(MEMBERSHIPS.ROLES))));
    }

    public Page<Member> list(String text, PageRequest page) {
        Condition where = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            String pattern = Like.containing(text);
            where = USERS.DISPLAY_NAME.like(pattern).escape(Like.ESCAPE).or(USERS.EMAIL.likeIgnoreCase(pattern).escape(Like.ESCAPE));
        }
        int total = db.fetchCount(db.select().from(MEMBERSHIPS).join(USERS).on(USERS.ID.eq(MEMBERSHIPS.USER_ID)).where(where));
        List<Member> items = db.select(USERS.ID, USERS.EMAIL, USERS.DISPLAY_NAME, MEMBERSHIPS.ROLES, MEMBERSHIPS.TITLE,
                        MEMBERSHIPS.STATUS, MEMBERSHIPS.JOINED_AT)
                .from(MEMBERSHIPS)
                .join(USERS).on(USERS.ID.eq(MEMBERSHIPS.USER_ID))
                .where(where)
                .orderBy(USERS.DISPLAY_NAME, USERS.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new Member(new PersonId(r.value1()), r.value2(), r.value3(), roles(r.value4()), r.value5(),
                        MembershipStatus.valueOf(r.value6()), r.value7().toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<Member> find(PersonId person) {
        return db.select(USERS.ID, USERS.EMAIL, USERS.DISPLAY_NAME, MEMBERSHIPS.ROLES, MEMBERSHIPS.TITLE,
                        MEMBERSHIPS.STATUS, MEMBERSHIPS.JOINED_AT)
                .from(MEMBERSHIPS)
                .join(USERS).on(USERS.ID.eq(MEMBERSHIPS.USER_ID))
                .where(MEMBERSHIPS.USER_ID.eq(person.value()))
                .fetchOptional(r -> new Member(new PersonId(r.value1()), r.value2(), r.value3(), roles(r.value4()),
                        r.value5(), MembershipStatus.valueOf(r.value6()), r.value7().toInstant()));
    }

    /**
     * The organizations {@code person} is an active member of. Runs in a person transaction
     * (no tenant), where the {@code own_memberships} policy shows that person's rows only.
     */
    public List<MyOrganization> organizationsOf(PersonId person) {
        return db.select(ORGANIZATIONS.ID, ORGANIZATIONS.NAME_ZH, ORGANIZATIONS.CODE, ORGANIZATIONS.KIND, MEMBERSHIPS.ROLES)
                .from(MEMBERSHIPS)
                .join(ORGANIZATIONS).on(ORGANIZATIONS.ID.eq(MEMBERSHIPS.TENANT_ID))
                .where(MEMBERSHIPS.USER_ID.eq(person.value()))
                .and(MEMBERSHIPS.STATUS.eq(MembershipStatus.ACTIVE.name()))
                .and(ORGANIZATIONS.STATUS.eq("ACTIVE"))
                .orderBy(ORGANIZATIONS.NAME_ZH)
                .limit(500)
                .fetch(r -> new MyOrganization(new TenantId(r.value1()), r.value2(), r.value3(),
                        OrganizationKind.valueOf(r.value4()), roles(r.value5())));
    }

    static Set<OrganizationRole> roles(String[] names) {
        return names.length == 0 ? Set.of() : Arrays.stream(names).map(OrganizationRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationRole.class)));
    }

    static String[] names(Set<OrganizationRole> roles) {
        return roles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
