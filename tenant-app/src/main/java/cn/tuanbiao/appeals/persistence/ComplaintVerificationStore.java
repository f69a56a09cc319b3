package cn.tuanbiao.appeals.persistence;

import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.COMPLAINT_VERIFICATIONS;

/** The e-mail verifications of people complaining to the transaction's tenant without an account (PART-6). */
@Singleton
public class ComplaintVerificationStore {

    private static final cn.tuanbiao.jooq.tables.ComplaintVerifications V = COMPLAINT_VERIFICATIONS;

    private final DSLContext db;

    public ComplaintVerificationStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, UUID id, String email, String codeSha256, String requestedFrom, Instant at,
                       Instant expires) {
        db.insertInto(V).set(V.TENANT_ID, tenant.value()).set(V.ID, id).set(V.EMAIL, email)
                .set(V.CODE_SHA256, codeSha256).set(V.REQUESTED_FROM, requestedFrom)
                .set(V.REQUESTED_AT, utc(at)).set(V.EXPIRES_AT, utc(expires))
                .execute();
    }

    /** The verification, locked so that concurrent attempts are counted one after the other. */
    public Optional<Verification> lock(UUID id) {
        return db.selectFrom(V).where(V.ID.eq(id)).forUpdate().fetchOptional(r -> new Verification(r.getId(),
                r.getEmail(), r.getCodeSha256(), r.getExpiresAt().toInstant(), r.getAttempts(),
                r.getVerifiedAt() == null ? null : r.getVerifiedAt().toInstant()));
    }

    public void countAttempt(UUID id) {
        db.update(V).set(V.ATTEMPTS, V.ATTEMPTS.plus(1)).where(V.ID.eq(id)).execute();
    }

    public void markVerified(UUID id, Instant at) {
        db.update(V).set(V.VERIFIED_AT, utc(at)).where(V.ID.eq(id)).execute();
    }

    public int requestedByEmailSince(String email, Instant since) {
        return db.fetchCount(V, V.EMAIL.eq(email), V.REQUESTED_AT.ge(utc(since)));
    }

    public int requestedFromSince(String requestedFrom, Instant since) {
        return db.fetchCount(V, V.REQUESTED_FROM.eq(requestedFrom), V.REQUESTED_AT.ge(utc(since)));
    }

    /** A verification as stored: the hash of its code, when it expires, wrong attempts so far, when it succeeded. */
    public record Verification(UUID id, String email, String codeSha256, Instant expiresAt, int attempts,
                               Instant verifiedAt) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
