package cn.tuanbiao.declarations.service;

import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.GoodPracticeStatement;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.RegistryEvent;
import cn.tuanbiao.declarations.domain.RegistryProfile;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.domain.ViolationNotice;
import cn.tuanbiao.declarations.persistence.RegistryOutboxStore;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.registry.protocol.CanonicalJson;
import cn.tuanbiao.registry.protocol.ContentHash;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes registry events (PROTOCOL §4) into the outbox, in the caller's transaction: the subject's
 * next sequence, the event as canonical JSON, its content hash. A standard's first event brings its
 * organization's profile first, so the registry always knows the organization before its standards.
 */
@Singleton
public class RegistryOutbox {

    private final RegistryOutboxStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public RegistryOutbox(RegistryOutboxStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** The key of a standard in the registry: its organization's credit code and its own id (PROTOCOL §3). */
    public static String standardKey(Organization organization, UUID standard) {
        return organization.creditCode().value() + ":" + standard;
    }

    /** Enqueues an event of a standard whose declaration stands as {@code declaration} after it. */
    public void standardEvent(TenantId tenant, Organization organization, UUID standard, EventType type,
                              SelfDeclaration declaration, String replaces, RegistryEvent.AmendmentPart amendment) {
        ensureProfile(tenant, organization);
        String key = standardKey(organization, standard);
        String hash = ContentHash.of(write(declaration));
        int sequence = store.nextSequence(tenant, Subject.STANDARD, key, hash);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        RegistryEvent event = new RegistryEvent(id, Subject.STANDARD.name(), key, sequence, type.name(), now.toString(),
                declaration, null, replaces, amendment, null, null);
        store.insert(tenant, id, Subject.STANDARD, key, standard, sequence, type, canonical(event), hash, now);
    }

    /**
     * The standard's declaration as corrected: a rejected last event is superseded by one with the
     * same sequence and the corrected content (the registry never applied the rejected one); else
     * an UPDATED event follows, unless the content is what the registry already has.
     */
    public void correction(TenantId tenant, Organization organization, UUID standard, SelfDeclaration declaration) {
        String key = standardKey(organization, standard);
        String hash = ContentHash.of(write(declaration));
        Optional<RegistryChange> latest = store.lockLatest(Subject.STANDARD, key);
        if (latest.isPresent() && latest.get().state() == SyncState.REJECTED) {
            RegistryChange rejected = latest.get();
            store.supersede(rejected.id());
            store.recordContentHash(Subject.STANDARD, key, hash);
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            RegistryEvent event = new RegistryEvent(id, Subject.STANDARD.name(), key, rejected.sequence(),
                    rejected.type().name(), now.toString(), declaration, null, replacesOf(rejected), null, null, null);
            store.insert(tenant, id, Subject.STANDARD, key, standard, rejected.sequence(), rejected.type(),
                    canonical(event), hash, now);
            return;
        }
        if (store.lastContentHash(Subject.STANDARD, key).filter(hash::equals).isEmpty()) {
            standardEvent(tenant, organization, standard, EventType.UPDATED, declaration, null, null);
        }
    }

    /**
     * Enqueues the organization's profile when it changed since it was last sent (or was never
     * sent), or always when {@code force} (reconciliation found the registry's copy drifted).
     */
    public void profile(TenantId tenant, Organization organization, boolean force) {
        RegistryProfile profile = RegistryProfiles.of(organization);
        String key = organization.creditCode().value();
        String hash = ContentHash.of(write(profile));
        if (!force && store.lastContentHash(Subject.ORGANIZATION, key).filter(hash::equals).isPresent()) {
            return;
        }
        int sequence = store.nextSequence(tenant, Subject.ORGANIZATION, key, hash);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        RegistryEvent event = new RegistryEvent(id, Subject.ORGANIZATION.name(), key, sequence, EventType.PROFILE.name(),
                now.toString(), null, profile, null, null, null, null);
        store.insert(tenant, id, Subject.ORGANIZATION, key, null, sequence, EventType.PROFILE, canonical(event), hash, now);
    }

    /** Enqueues the changed profile of an organization the registry already knows; one it does not yet know gets it with its first declaration. */
    public void profileChanged(TenantId tenant, Organization organization) {
        if (store.lastContentHash(Subject.ORGANIZATION, organization.creditCode().value()).isPresent()) {
            profile(tenant, organization, false);
        }
    }

    /** The key of an organization's good-practice statement of {@code year} in the registry (PROTOCOL §5b). */
    public static String statementKey(Organization organization, int year) {
        return organization.creditCode().value() + ":statement:" + year;
    }

    /**
     * Enqueues the organization's good-practice statement of a year (PUB-2): its first event STATED, a
     * resubmission UPDATED; a statement the registry rejected is superseded by its correction under
     * the same sequence. Returns false, writing nothing, when the statement is what was last sent,
     * unless {@code force} (reconciliation found the registry's copy drifted).
     */
    public boolean statementEvent(TenantId tenant, Organization organization, GoodPracticeStatement statement,
                                  boolean force) {
        ensureProfile(tenant, organization);
        String key = statementKey(organization, statement.year());
        String hash = ContentHash.of(write(statement));
        Optional<RegistryChange> latest = store.lockLatest(Subject.STATEMENT, key);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        if (latest.isPresent() && latest.get().state() == SyncState.REJECTED) {
            RegistryChange rejected = latest.get();
            store.supersede(rejected.id());
            store.recordContentHash(Subject.STATEMENT, key, hash);
            RegistryEvent event = new RegistryEvent(id, Subject.STATEMENT.name(), key, rejected.sequence(),
                    rejected.type().name(), now.toString(), null, null, null, null, statement, null);
            store.insert(tenant, id, Subject.STATEMENT, key, null, rejected.sequence(), rejected.type(),
                    canonical(event), hash, now);
            return true;
        }
        if (!force && store.lastContentHash(Subject.STATEMENT, key).filter(hash::equals).isPresent()) {
            return false;
        }
        EventType type = latest.isEmpty() ? EventType.STATED : EventType.UPDATED;
        int sequence = store.nextSequence(tenant, Subject.STATEMENT, key, hash);
        RegistryEvent event = new RegistryEvent(id, Subject.STATEMENT.name(), key, sequence, type.name(), now.toString(),
                null, null, null, null, statement, null);
        store.insert(tenant, id, Subject.STATEMENT, key, null, sequence, type, canonical(event), hash, now);
        return true;
    }

    /**
     * The key of a violation in the registry (PROTOCOL §5c): the credit code of the organization it
     * concerns and the violation's own id.
     */
    public static String violationKey(String organizationCreditCode, UUID violation) {
        return organizationCreditCode + ":violation:" + violation;
    }

    /**
     * Enqueues a supervisory authority's decision on a violation (PUB-4), in the authority's own outbox:
     * its first event DECIDED, a correction UPDATED; a notice the registry rejected is superseded by its
     * correction under the same sequence. The registry needs no profile for it (the notice names both the
     * organization and the authority), so none is sent. Returns the key; writes nothing when the notice
     * is what was last sent, unless {@code force} (reconciliation found the registry's copy drifted).
     */
    public String violationEvent(TenantId authority, UUID violation, ViolationNotice notice, boolean force) {
        String key = violationKey(notice.organization().creditCode(), violation);
        String hash = ContentHash.of(write(notice));
        Optional<RegistryChange> latest = store.lockLatest(Subject.VIOLATION, key);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        if (latest.isPresent() && latest.get().state() == SyncState.REJECTED) {
            RegistryChange rejected = latest.get();
            store.supersede(rejected.id());
            store.recordContentHash(Subject.VIOLATION, key, hash);
            RegistryEvent event = new RegistryEvent(id, Subject.VIOLATION.name(), key, rejected.sequence(),
                    rejected.type().name(), now.toString(), null, null, null, null, null, notice);
            store.insert(authority, id, Subject.VIOLATION, key, null, rejected.sequence(), rejected.type(),
                    canonical(event), hash, now);
            return key;
        }
        if (!force && store.lastContentHash(Subject.VIOLATION, key).filter(hash::equals).isPresent()) {
            return key;
        }
        EventType type = latest.isEmpty() ? EventType.DECIDED : EventType.UPDATED;
        int sequence = store.nextSequence(authority, Subject.VIOLATION, key, hash);
        RegistryEvent event = new RegistryEvent(id, Subject.VIOLATION.name(), key, sequence, type.name(), now.toString(),
                null, null, null, null, null, notice);
        store.insert(authority, id, Subject.VIOLATION, key, null, sequence, type, canonical(event), hash, now);
        return key;
    }

    private void ensureProfile(TenantId tenant, Organization organization) {
        if (store.lastContentHash(Subject.ORGANIZATION, organization.creditCode().value()).isEmpty()) {
            profile(tenant, organization, false);
        }
    }

    /** A rejected revision keeps naming the standard it replaces when corrected. */
    private String replacesOf(RegistryChange rejected) {
        return rejected.type() == EventType.REVISED ? store.replacesOf(rejected.id()).orElse(null) : null;
    }

    private String canonical(RegistryEvent event) {
        return new String(CanonicalJson.of(write(event)), StandardCharsets.UTF_8);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
