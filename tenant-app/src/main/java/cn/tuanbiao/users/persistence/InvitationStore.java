package cn.tuanbiao.users.persistence;

import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.domain.PendingInvitation;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.SelectConditionStep;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.INVITATIONS;

/** Invitations: tenant-owned, read and written inside the inviting organization's tenant. */
@Singleton
public class InvitationStore {

    private final DSLContext db;

    public InvitationStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, UUID id, String email, String displayName, Set<OrganizationRole> roles,
                       String secretHash, PersonId invitedBy, Instant createdAt, Instant expiresAt) {
        db.insertInto(INVITATIONS)
                .set(INVITATIONS.TENANT_ID, tenant.value())
                .set(INVITATIONS.ID, id)
                .set(INVITATIONS.EMAIL, email)
                .set(INVITATIONS.DISPLAY_NAME, displayName)
                .set(INVITATIONS.ROLES, MembershipStore.names(roles))
                .set(INVITATIONS.SECRET_HASH, secretHash)
                .set(INVITATIONS.INVITED_BY, invitedBy.value())
                .set(INVITATIONS.CREATED_AT, utc(createdAt))
                .set(INVITATIONS.EXPIRES_AT, utc(expiresAt))
                .execute();
    }

    /** An open invitation by its secret's hash, without a lock: for showing it in a read-only transaction. */
    public Optional<OpenInvitation> findOpen(String secretHash, Instant now) {
        return open(secretHash, now)
                .fetchOptional(r -> new OpenInvitation(r.value1(), r.value2(), r.value3(), MembershipStore.roles(r.value4())));
    }

    /** An open invitation by its secret's hash, locked so that it is accepted once only. */
    public Optional<OpenInvitation> lockOpen(String secretHash, Instant now) {
        return open(secretHash, now)
                .forUpdate()
                .fetchOptional(r -> new OpenInvitation(r.value1(), r.value2(), r.value3(), MembershipStore.roles(r.value4())));
    }

    private SelectConditionStep<Record4<UUID, String, String, String[]>> open(String secretHash, Instant now) {
        return db.select(INVITATIONS.ID, INVITATIONS.EMAIL, INVITATIONS.DISPLAY_NAME, INVITATIONS.ROLES)
                .from(INVITATIONS)
                .where(INVITATIONS.SECRET_HASH.eq(secretHash))
                .and(INVITATIONS.ACCEPTED_AT.isNull())
                .and(INVITATIONS.EXPIRES_AT.gt(utc(now)));
    }

    public void markAccepted(UUID id, Instant at) {
        db.update(INVITATIONS).set(INVITATIONS.ACCEPTED_AT, utc(at)).where(INVITATIONS.ID.eq(id)).execute();
    }

    public Page<PendingInvitation> listOpen(Instant now, PageRequest page) {
        var open = INVITATIONS.ACCEPTED_AT.isNull().and(INVITATIONS.EXPIRES_AT.gt(utc(now)));
        int total = db.fetchCount(INVITATIONS, open);
        var items = db.select(INVITATIONS.ID, INVITATIONS.EMAIL, INVITATIONS.DISPLAY_NAME, INVITATIONS.ROLES,
                        INVITATIONS.CREATED_AT, INVITATIONS.EXPIRES_AT)
                .from(INVITATIONS)
                .where(open)
                .orderBy(INVITATIONS.CREATED_AT.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new PendingInvitation(r.value1(), r.value2(), r.value3(), MembershipStore.roles(r.value4()),
                        r.value5().toInstant(), r.value6().toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** What accepting an invitation needs to know. */
    public record OpenInvitation(UUID id, String email, String displayName, Set<OrganizationRole> roles) {
    }
}
