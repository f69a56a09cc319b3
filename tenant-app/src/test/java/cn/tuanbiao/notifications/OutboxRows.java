package cn.tuanbiao.notifications;

import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.OUTBOX_MESSAGES;

/** What the outbox holds for an address, read as the organization itself would (its tenant, the application's pool). */
@Singleton
public class OutboxRows {

    private final Transactions transactions;
    private final DSLContext db;

    public OutboxRows(Transactions transactions, DSLContext db) {
        this.transactions = transactions;
        this.db = db;
    }

    /** One outbox row as the tests look at it. */
    public record Row(UUID id, String status, int attempts, Instant nextAttemptAt, String lastError, String payload,
                      Instant sentAt) {
    }

    /** The tenant's e-mails to {@code address}, oldest first. */
    public List<Row> emailsTo(TenantId tenant, String address) {
        return emails(tenant, "\"to\": \"" + address + "\"");
    }

    /** The tenant's e-mails to any address starting with {@code prefix}. */
    public List<Row> emailsToAddressesStartingWith(TenantId tenant, String prefix) {
        return emails(tenant, "\"to\": \"" + prefix);
    }

    private List<Row> emails(TenantId tenant, String payloadPart) {
        var o = OUTBOX_MESSAGES;
        return transactions.readInTenant(tenant, () -> db.select(o.ID, o.STATUS, o.ATTEMPTS, o.NEXT_ATTEMPT_AT,
                        o.LAST_ERROR, o.PAYLOAD, o.SENT_AT)
                .from(o)
                .where(o.TOPIC.eq("EMAIL"), o.PAYLOAD.cast(String.class).contains(payloadPart))
                .orderBy(o.CREATED_AT, o.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5(),
                        r.value6().data(), r.value7() == null ? null : r.value7().toInstant())));
    }
}
