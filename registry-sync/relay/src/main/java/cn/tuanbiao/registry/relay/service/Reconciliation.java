package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.declarations.service.Republication;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.violations.service.Violations;
import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.registry.relay.persistence.RelayStore.LocalDigest;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Nightly reconciliation (PROTOCOL §7): walks the deployment's subjects and the registry's digests
 * side by side in key order, a page at a time, and republishes every subject whose last sequence
 * or content hash differs from the registry's, or that the registry lacks. Subjects with events
 * still under way are left to the relay.
 */
@Singleton
public class Reconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);
    private static final int PAGE = 1000;

    private final RegistrySettings settings;
    private final RelayStore store;
    private final Transactions transactions;
    private final RegistryDigests digests;
    private final Republication republication;
    private final SelfEvaluations statements;
    private final Violations violations;

    public Reconciliation(RegistrySettings settings, RelayStore store, Transactions transactions,
                          RegistryDigests digests, Republication republication, SelfEvaluations statements,
                          Violations violations) {
        this.settings = settings;
        this.store = store;
        this.transactions = transactions;
        this.digests = digests;
        this.republication = republication;
        this.statements = statements;
        this.violations = violations;
    }

    /** How a run went: subjects compared, found drifted and republished. */
    public record Report(long compared, long drifted, long republished) {
    }

    public Report reconcile() {
        if (!settings.configured()) {
            return new Report(0, 0, 0);
        }
        RemotePages remote = new RemotePages();
        long compared = 0;
        long drifted = 0;
        long republished = 0;
        String after = "";
        List<LocalDigest> page;
        do {
            String from = after;
            page = transactions.readOnPlatform(() -> store.localDigests(from, PAGE));
            for (LocalDigest local : page) {
                after = local.subjectKey();
                RegistryDigests.Digest theirs = remote.find(local.subjectKey());
                if (!local.settled()) {
                    continue;
                }
                compared++;
                if (theirs != null && theirs.sequence() == local.lastSequence()
                        && theirs.contentHash().equals(local.contentHash())) {
                    continue;
                }
                drifted++;
                if (republish(local)) {
                    republished++;
                }
            }
        } while (page.size() == PAGE);
        LOG.info("Registry reconciliation: {} subjects compared, {} drifted, {} republished", compared, drifted,
                republished);
        return new Report(compared, drifted, republished);
    }

    private boolean republish(LocalDigest local) {
        TenantId tenant = new TenantId(local.tenant());
        if (local.subject().equals("ORGANIZATION")) {
            republication.profile(tenant);
            return true;
        }
        if (local.subject().equals("STATEMENT")) {
            // a good-practice statement (PUB-2), republished exactly as it was last submitted
            return statements.republish(tenant, local.subjectKey());
        }
        if (local.subject().equals("VIOLATION")) {
            // a supervisor's published decision (PUB-4), republished exactly as it was published
            return violations.republish(tenant, local.subjectKey());
        }
        UUID standard = UUID.fromString(local.subjectKey().substring(local.subjectKey().indexOf(':') + 1));
        return republication.standard(tenant, standard);
    }

    /** The registry's digests in key order, fetched a page at a time as the local walk advances. */
    private final class RemotePages {

        private final Deque<RegistryDigests.Digest> buffered = new ArrayDeque<>();
        private String next = "";
        private boolean exhausted;

        /** The registry's digest of {@code key}, skipping (and dropping) the keys before it. */
        RegistryDigests.Digest find(String key) {
            while (true) {
                if (buffered.isEmpty()) {
                    if (exhausted) {
                        return null;
                    }
                    RegistryDigests.Page page = digests.page(next, PAGE);
                    buffered.addAll(page.items());
                    exhausted = page.next() == null;
                    next = page.next();
                    if (buffered.isEmpty()) {
                        return null;
                    }
                }
                int order = buffered.peekFirst().key().compareTo(key);
                if (order == 0) {
                    return buffered.pollFirst();
                }
                if (order > 0) {
                    return null;
                }
                buffered.pollFirst();
            }
        }
    }
}
