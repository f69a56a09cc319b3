package cn.tuanbiao.implementation.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.implementation.domain.ConversionOutcome;
import cn.tuanbiao.implementation.domain.ImplementationRecord;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.ImplementationSummary;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.persistence.ImplementationStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A published standard's life after publication (LC-8). The secretariat, administrators and
 * working groups record events, conversion requests and trademark use (ORG-3: drafting bodies
 * handle dissemination and feedback); any member may report feedback or an adoption. The
 * secretariat records the outcome of a conversion request, once. Every record is audited.
 */
@Singleton
public class ImplementationRecords {

    private final AccessControl access;
    private final StandardService standards;
    private final StandardLookup publishedStandards;
    private final ImplementationStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public ImplementationRecords(AccessControl access, StandardService standards, StandardLookup publishedStandards,
                                 ImplementationStore store, AuditTrail audit, Clock clock) {
        this.access = access;
        this.standards = standards;
        this.publishedStandards = publishedStandards;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public ImplementationRecord record(PersonId caller, TenantId tenant, StandardId standard, RecordDraft draft) {
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = publishedStandards.find(tenant, standard);
            ImplementationRecord record = draft.validate(UUID.randomUUID(), standard.value(), standards.today(),
                    caller.value(), clock.instant());
            if (record.kind().recordedByOrganization()) {
                actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR,
                        OrganizationRole.WORKING_GROUP_MEMBER);
            }
            if (project.stage() != Stage.PUBLISHED) {
                throw new LifecycleRefusal("LC-8", "implementation.notPublished");
            }
            if (record.occurredOn().isBefore(project.publication().publishedOn())) {
                throw new InvalidInputException(FieldProblem.of("occurredOn", "LC-8", "implementation.beforePublication",
                        project.publication().publishedOn().toString()));
            }
            store.insert(tenant, record);
            Map<String, String> details = new HashMap<>();
            details.put("kind", record.kind().name());
            details.put("title", record.title());
            details.put("occurredOn", record.occurredOn().toString());
            if (record.conversionLevel() != null) {
                details.put("conversionLevel", record.conversionLevel().name());
            }
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, standard.value(),
                    "IMPLEMENTATION_RECORDED", null, details));
            return record;
        });
    }

    /** The receiving authority's answer to a conversion request, recorded by the secretariat (LC-8). */
    public ImplementationRecord decideConversion(PersonId caller, TenantId tenant, UUID recordId,
                                                 ConversionOutcome outcome, LocalDate decidedOn, String note) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            ImplementationRecord request = store.lock(recordId)
                    .orElseThrow(() -> new NotFoundException("implementation.notFound"));
            if (request.kind() != ImplementationRecordKind.CONVERSION_REQUEST) {
                throw new LifecycleRefusal("LC-8", "implementation.notAConversionRequest");
            }
            if (request.conversionOutcome() != ConversionOutcome.PENDING) {
                throw new LifecycleRefusal("LC-8", "implementation.alreadyDecided");
            }
            if (outcome == null || outcome == ConversionOutcome.PENDING) {
                throw new InvalidInputException(FieldProblem.of("conversionOutcome", "LC-8", "validation.required"));
            }
            if (decidedOn == null) {
                throw new InvalidInputException(FieldProblem.of("outcomeOn", "FORMAT", "validation.required"));
            }
            if (decidedOn.isBefore(request.occurredOn()) || decidedOn.isAfter(standards.today())) {
                throw new InvalidInputException(FieldProblem.of("outcomeOn", "LC-8", "implementation.outcomeDate",
                        request.occurredOn().toString()));
            }
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            store.decide(recordId, outcome, decidedOn, cleanNote);
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, request.standard(),
                    "CONVERSION_DECIDED", cleanNote, Map.of("outcome", outcome.name(), "decidedOn", decidedOn.toString(),
                    "title", request.title())));
            return store.lock(recordId).orElseThrow();
        });
    }

    public Page<ImplementationRecord> records(PersonId caller, TenantId tenant, StandardId standard,
                                              ImplementationRecordKind kind, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.ofStandard(standard.value(), kind, page));
    }

    public ImplementationSummary summary(PersonId caller, TenantId tenant, StandardId standard) {
        return access.readIn(caller, tenant, actor -> new ImplementationSummary(store.countsByKind(standard.value()),
                store.participants(standard.value())));
    }
}
