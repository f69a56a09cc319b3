package cn.tuanbiao.violations.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.domain.ViolationNotice;
import cn.tuanbiao.declarations.persistence.RegistryOutboxStore;
import cn.tuanbiao.declarations.service.RegistryOutbox;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.ReaderKind;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.service.StatisticsReaders;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import cn.tuanbiao.violations.domain.DecisionCorrection;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationSource;
import cn.tuanbiao.violations.domain.ViolationStatus;
import cn.tuanbiao.violations.persistence.ViolationStore;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Violations and their handling (PUB-4) by a supervisory authority's inspectors and administrators:
 * record a case against an organization of the jurisdiction (SUP-2), decide it, publish the decision
 * through the national registry (a VIOLATION event in the authority's registry outbox, written in the
 * same transaction), correct a published decision (an UPDATED event, likewise), and follow each published
 * decision's sync state. Everything is in the authority's own tenant; each step is in its audit log (AUD-1).
 */
@Singleton
public class Violations {

    /** The subject of a case's events in the authority's audit log. */
    public static final String AUDIT_SUBJECT = "VIOLATION";

    private final AccessControl access;
    private final Transactions transactions;
    private final StatisticsReaders readers;
    private final OrganizationRepository organizations;
    private final ViolationStore store;
    private final RegistryOutbox outbox;
    private final RegistryOutboxStore outboxStore;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    public Violations(AccessControl access, Transactions transactions, StatisticsReaders readers,
                      OrganizationRepository organizations, ViolationStore store, RegistryOutbox outbox,
                      RegistryOutboxStore outboxStore, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.readers = readers;
        this.organizations = organizations;
        this.store = store;
        this.outbox = outbox;
        this.outboxStore = outboxStore;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a case against the organization with the draft's code, which must be a standards
     * organization of the authority's jurisdiction; its source, when named, must be the authority's own
     * referral or random inspection concerning that organization.
     */
    public Violation record(PersonId caller, TenantId authority, ViolationDraft draft) {
        return access.actIn(caller, authority, actor -> {
            Jurisdiction own = jurisdiction(actor);
            OrganizationEntity organization = organizations.findByCode(draft.organizationCode())
                    .filter(o -> OrganizationKind.valueOf(o.kind()).setsStandards())
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("violationOrganization", "SUP-2",
                            "violations.organizationUnknown", draft.organizationCode())));
            if (!own.contains(organization.regionCode())) {
                throw new InvalidInputException(FieldProblem.of("violationOrganization", "SUP-2",
                        "violations.outsideJurisdiction", organization.code()));
            }
            ViolationSource source = switch (draft.sourceKind()) {
                case COMPLAINT -> store.referral(draft.sourceId(), organization.id())
                        .orElseThrow(ViolationDraft::unknownSource);
                case INSPECTION -> store.inspection(draft.sourceId(), organization.id())
                        .orElseThrow(ViolationDraft::unknownSource);
                case OTHER -> ViolationSource.OTHER;
            };
            Violation violation = Violation.record(UUID.randomUUID(), authority, new Violation.Concerned(
                            new TenantId(organization.id()), organization.nameZh(), organization.code(),
                            organization.creditCode(), organization.regionCode()),
                    draft, source, caller, clock.instant());
            store.insert(violation);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("organization", organization.code());
            details.put("source", source.kind().name());
            if (source.id() != null) {
                details.put("sourceId", source.id().toString());
            }
            audit.record(new AuditEntry(authority, caller, AUDIT_SUBJECT, violation.id(), "VIOLATION_RECORDED",
                    draft.rule(), details));
            return violation;
        });
    }

    /** Decides the case (处理决定), once; the decision number is given once per authority. */
    public Violation decide(PersonId caller, TenantId authority, UUID id, DecisionDraft draft) {
        return access.actIn(caller, authority, actor -> {
            jurisdiction(actor);
            Violation decided = lock(id).decide(draft, today(), caller, clock.instant());
            requireNumberFree(draft.number(), id);
            store.decide(decided);
            audit.record(new AuditEntry(authority, caller, AUDIT_SUBJECT, id, "VIOLATION_DECIDED", draft.text(),
                    Map.of("measure", draft.measure().name(), "number", draft.number(),
                            "decidedOn", draft.decidedOn().toString())));
            return decided;
        });
    }

    /**
     * Publishes the decision (PUB-4): refused before it is decided; the VIOLATION event enters the
     * authority's registry outbox in the same transaction, and the notice sent is kept.
     */
    public ViolationRow publish(PersonId caller, TenantId authority, UUID id) {
        return access.actIn(caller, authority, actor -> {
            jurisdiction(actor);
            Violation published = lock(id).publish(today(), clock.instant());
            OrganizationEntity self = organizations.findById(authority.value()).orElseThrow();
            ViolationNotice notice = published.notice(self.nameZh(), self.creditCode());
            String key = outbox.violationEvent(authority, id, notice, false);
            store.publish(published, write(notice), caller);
            audit.record(new AuditEntry(authority, caller, AUDIT_SUBJECT, id, "VIOLATION_PUBLISHED", null,
                    Map.of("registryKey", key, "publishedOn", published.publishedOn().toString())));
            return row(published);
        });
    }

    /**
     * Corrects the published decision (更正, PUB-4) with its reason: refused before publication and when
     * nothing changes; the corrected notice enters the registry outbox in the same transaction as the
     * decision's next event (UPDATED), so the registry shows it and keeps the earlier version, and the
     * audit log keeps what the decision said before (AUD-1).
     */
    public ViolationRow correct(PersonId caller, TenantId authority, UUID id, DecisionCorrection correction) {
        return access.actIn(caller, authority, actor -> {
            jurisdiction(actor);
            Violation before = lock(id);
            Violation corrected = before.correct(correction.decision(), today());
            requireNumberFree(corrected.decision().number(), id);
            OrganizationEntity self = organizations.findById(authority.value()).orElseThrow();
            ViolationNotice notice = corrected.notice(self.nameZh(), self.creditCode(),
                    new ViolationNotice.Correction(correction.reason(), today().toString()));
            String key = outbox.violationEvent(authority, id, notice, false);
            store.correct(corrected, write(notice));
            Map<String, String> details = CorrectionDetails.of(before.decision(), corrected.decision());
            details.put("registryKey", key);
            audit.record(new AuditEntry(authority, caller, AUDIT_SUBJECT, id, "VIOLATION_CORRECTED", correction.reason(),
                    details));
            return row(corrected);
        });
    }

    /** A decision number names one case of the authority (PUB-4). */
    private void requireNumberFree(String number, UUID id) {
        if (store.decisionNumberTaken(number, id)) {
            throw new InvalidInputException(FieldProblem.of("decisionNumber", "PUB-4", "violations.numberTaken", number));
        }
    }

    /** The authority's cases, newest first, optionally of one organization or status, each with its sync state. */
    public Page<ViolationRow> list(PersonId caller, TenantId authority, UUID organization, ViolationStatus status,
                                   PageRequest page) {
        return access.readIn(caller, authority, actor -> {
            jurisdiction(actor);
            Page<Violation> cases = store.list(organization, status, page);
            return cases.map(this::row);
        });
    }

    public ViolationRow get(PersonId caller, TenantId authority, UUID id) {
        return access.readIn(caller, authority, actor -> {
            jurisdiction(actor);
            return row(store.find(id, false).orElseThrow(Violations::notFound));
        });
    }

    /** What a case against the organization with this code may come from: the authority's referrals and inspection findings about it. */
    public List<ViolationSource> sources(PersonId caller, TenantId authority, String organizationCode) {
        return access.readIn(caller, authority, actor -> {
            Jurisdiction own = jurisdiction(actor);
            return organizations.findByCode(organizationCode == null ? "" : organizationCode.strip().toUpperCase())
                    .filter(o -> own.contains(o.regionCode()))
                    .map(o -> store.sources(o.id())).orElse(List.of());
        });
    }

    /**
     * Enqueues a published decision again, exactly as it was published, when reconciliation found the
     * registry's copy drifted (PROTOCOL §7); false when there is no published decision under that key.
     */
    public boolean republish(TenantId authority, String registryKey) {
        UUID id;
        try {
            id = UUID.fromString(registryKey.substring(registryKey.lastIndexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return transactions.inTenant(authority, () -> store.notice(id).map(text -> {
            outbox.violationEvent(authority, id, read(text), true);
            return true;
        }).orElse(false));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }

    private ViolationRow row(Violation violation) {
        if (violation.status() != ViolationStatus.PUBLISHED) {
            return new ViolationRow(violation, List.of());
        }
        String key = RegistryOutbox.violationKey(violation.organization().creditCode(), violation.id());
        return new ViolationRow(violation, outboxStore.ofSubject(Subject.VIOLATION, key, PageRequest.first(20)).items());
    }

    /** The territory of the authority the actor acts for, as an inspector or administrator; refused to anyone else. */
    private Jurisdiction jurisdiction(Actor actor) {
        actor.requireAnyOf(OrganizationRole.INSPECTOR, OrganizationRole.ADMINISTRATOR);
        StatisticsReader reader = readers.of(actor);
        if (reader.kind() != ReaderKind.SUPERVISORY_AUTHORITY || !(reader.scope() instanceof Jurisdiction own)) {
            throw new AccessDeniedException("violations.notAllowed");
        }
        return own;
    }

    private Violation lock(UUID id) {
        return store.find(id, true).orElseThrow(Violations::notFound);
    }

    private String write(ViolationNotice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ViolationNotice read(String text) {
        try {
            return json.readValue(text, ViolationNotice.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("violations.notFound");
    }
}
