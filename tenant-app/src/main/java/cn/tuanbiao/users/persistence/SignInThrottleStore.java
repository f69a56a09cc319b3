package cn.tuanbiao.users.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.SIGN_IN_THROTTLE;

/** Failed sign-in counts per name typed, kept in the database so that every server sees them. */
@Singleton
public class SignInThrottleStore {

    private final DSLContext db;

    public SignInThrottleStore(DSLContext db) {
        this.db = db;
    }

    public Optional<Instant> lockedUntil(String loginName) {
        return db.select(SIGN_IN_THROTTLE.LOCKED_UNTIL)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LOGIN_NAME.eq(loginName))
                .fetchOptional(SIGN_IN_THROTTLE.LOCKED_UNTIL)
                .map(OffsetDateTime::toInstant);
    }

    /**
     * Counts one more failure and returns the new count; failures older than the lock window
     * start the count again.
     */
    public int recordFailure(String loginName, Instant now, Instant windowStart) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.LOGIN_NAME, loginName)
                .set(SIGN_IN_THROTTLE.FAILURES, 1)
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, at)
                .onConflict(SIGN_IN_THROTTLE.LOGIN_NAME)
                .doUpdate()
                .set(SIGN_IN_THROTTLE.FAILURES, org.jooq.impl.DSL
                        .when(SIGN_IN_THROTTLE.LAST_FAILURE_AT.lt(OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC)), 1)
                        .otherwise(SIGN_IN_THROTTLE.FAILURES.plus(1)))
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, at)
                .returning(SIGN_IN_THROTTLE.FAILURES)
                .fetchOne(SIGN_IN_THROTTLE.FAILURES);
    }

    public void lock(String loginName, Instant until) {
        db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .where(SIGN_IN_THROTTLE.LOGIN_NAME.eq(loginName))
                .execute();
    }

    public void clear(String loginName) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.LOGIN_NAME.eq(loginName)).execute();
    }
}
