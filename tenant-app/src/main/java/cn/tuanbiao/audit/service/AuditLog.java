package cn.tuanbiao.audit.service;

import cn.tuanbiao.audit.domain.AuditChain;
import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.domain.ChainVerification;
import cn.tuanbiao.audit.domain.ChainVerification.ChainBreak;
import cn.tuanbiao.audit.domain.ChainVerification.Problem;
import cn.tuanbiao.audit.persistence.AuditStore;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;

/**
 * Reads and verifies the organizations' audit logs (AUD-1): a subject's history for anyone with
 * a role in the organization; the whole log and its verification for its administrators and
 * secretariat; and, for the platform's verification command, every organization's chain.
 */
@Singleton
public class AuditLog {

    /** Events read per query while verifying, so that a long chain never sits in memory whole. */
    private static final int BATCH = 2_000;
    /** Breaks reported per chain: past this many, the chain is plainly not to be trusted. */
    private static final int MAX_BREAKS = 100;

    private final AccessControl access;
    private final AuditStore store;
    private final Transactions transactions;
    private final DSLContext db;

    public AuditLog(AccessControl access, AuditStore store, Transactions transactions, DSLContext db) {
        this.access = access;
        this.store = store;
        this.transactions = transactions;
        this.db = db;
    }

    public Page<AuditEvent> history(PersonId caller, TenantId tenant, String subjectType, UUID subjectId,
                                    PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.history(subjectType, subjectId, page));
    }

    public Page<AuditEvent> events(PersonId caller, TenantId tenant, String subjectType, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT);
            return store.events(subjectType, page);
        });
    }

    public ChainVerification verify(PersonId caller, TenantId tenant) {
        access.readIn(caller, tenant, actor -> actor.requireAnyOf(OrganizationRole.ADMINISTRATOR,
                OrganizationRole.SECRETARIAT));
        return verifyChain(tenant, codeOf(tenant));
    }

    /**
     * Verifies every organization's chain, one organization per transaction, and hands each
     * result to {@code report} as soon as it is known. For the platform's verification command.
     */
    public void verifyAll(Consumer<ChainVerification> report) {
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the smallest
        while (true) {
            UUID from = after;
            var organizations = transactions.readOnPlatform(() -> db.select(ORGANIZATIONS.ID, ORGANIZATIONS.CODE)
                    .from(ORGANIZATIONS).where(ORGANIZATIONS.ID.gt(from)).orderBy(ORGANIZATIONS.ID).limit(500).fetch());
            if (organizations.isEmpty()) {
                return;
            }
            for (var organization : organizations) {
                report.accept(verifyChain(new TenantId(organization.value1()), organization.value2()));
                after = organization.value1();
            }
        }
    }

    /** Walks the chain from its first event in batches; a separate read transaction per batch keeps each short. */
    private ChainVerification verifyChain(TenantId tenant, String code) {
        List<ChainBreak> breaks = new ArrayList<>();
        long expectedSequence = 1;
        String expectedPrevious = AuditChain.GENESIS;
        long checked = 0;
        while (breaks.size() < MAX_BREAKS) {
            long after = expectedSequence - 1;
            List<AuditEvent> batch = transactions.readInTenant(tenant, () -> store.chainAfter(after, BATCH));
            for (AuditEvent event : batch) {
                if (event.sequence() != expectedSequence) {
                    breaks.add(new ChainBreak(expectedSequence, Problem.EVENT_MISSING));
                }
                if (!event.previousHash().equals(expectedPrevious)) {
                    breaks.add(new ChainBreak(event.sequence(), Problem.LINK_BROKEN));
                }
                if (!event.hashMatchesContent()) {
                    breaks.add(new ChainBreak(event.sequence(), Problem.CONTENT_CHANGED));
                }
                expectedPrevious = event.hash();
                expectedSequence = event.sequence() + 1;
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        long lastSequence = expectedSequence - 1;
        String lastHash = expectedPrevious;
        transactions.readInTenant(tenant, store::head).ifPresent(head -> {
            if (head.lastSequence() != lastSequence || !head.lastHash().equals(lastHash)) {
                breaks.add(new ChainBreak(head.lastSequence(), Problem.HEAD_MISMATCH));
            }
        });
        return new ChainVerification(tenant.value(), code, checked, breaks);
    }

    private String codeOf(TenantId tenant) {
        return transactions.readOnPlatform(() -> db.select(ORGANIZATIONS.CODE).from(ORGANIZATIONS)
                .where(ORGANIZATIONS.ID.eq(tenant.value())).fetchOne(ORGANIZATIONS.CODE));
    }
}
