package cn.tuanbiao.registry.national.enrolment;

import cn.tuanbiao.registry.national.database.Transactions;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * Enrols deployments' public keys (PROTOCOL §1). A key already enrolled answers its existing ids,
 * so a deployment may enrol on every start; a new key for a known deployment is its next key
 * ({@code #2} during a rotation).
 */
@Singleton
public class EnrolmentService {

    /** Result of an enrolment: whether it created anything. */
    public record Outcome(Enrolment enrolment, boolean created) {
    }

    /** The deployment named in the request does not exist. */
    public static final class UnknownDeployment extends RuntimeException {
        UnknownDeployment() {
            super("unknown deployment");
        }
    }

    private static final String ENROLMENT_LOCK = "enrolment";

    private final Transactions transactions;
    private final Clock clock;

    public EnrolmentService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome enrol(String name, byte[] publicKey, UUID deploymentId) {
        return transactions.inTransaction(tx -> {
            // Enrolments are rare: one at a time keeps key numbering and the "same key again" answer simple.
            Transactions.lock(tx, List.of(ENROLMENT_LOCK));
            Optional<Enrolment> existing = enrolledKey(tx, publicKey);
            if (existing.isPresent()) {
                return new Outcome(existing.get(), false);
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            UUID deployment = deploymentId;
            if (deployment == null) {
                deployment = UUID.randomUUID();
                tx.insertInto(table("deployments"), field("id"), field("name"), field("enrolled_at"))
                        .values(deployment, name, now).execute();
            } else if (!tx.fetchExists(table("deployments"), field("id").eq(deployment))) {
                throw new UnknownDeployment();
            }
            int keys = tx.fetchCount(table("deployment_keys"), field("deployment_id").eq(deployment));
            String keyId = deployment + "#" + (keys + 1);
            tx.insertInto(table("deployment_keys"), field("key_id"), field("deployment_id"), field("public_key"),
                    field("added_at")).values(keyId, deployment, publicKey, now).execute();
            return new Outcome(new Enrolment(deployment, keyId), true);
        });
    }

    private static Optional<Enrolment> enrolledKey(DSLContext tx, byte[] publicKey) {
        return tx.select(field(name("deployment_id"), UUID.class), field(name("key_id"), String.class))
                .from(table("deployment_keys"))
                .where(field(name("public_key"), byte[].class).eq(publicKey))
                .fetchOptional()
                .map((Record2<UUID, String> row) -> new Enrolment(row.value1(), row.value2()));
    }
}
