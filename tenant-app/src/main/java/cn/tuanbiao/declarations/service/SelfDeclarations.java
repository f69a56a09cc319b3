package cn.tuanbiao.declarations.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.RegistryEvent;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.domain.StandardDeclaration;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.persistence.DeclarationStore;
import cn.tuanbiao.declarations.persistence.RegistryOutboxStore;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.standards.service.StepFollowUp;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published standard's self-declaration (PUB-1). Publication opens it; the secretariat completes
 * what only the organization can declare, sees the whole declaration as the registry will show it,
 * and confirms the two commitments, which sends it. Corrections, withdrawal and replacement follow
 * as further events, each in the transaction of its change.
 */
@Singleton
public class SelfDeclarations implements StepFollowUp {

    /** The steps after which a standard is published and has a declaration to complete. */
    static final Set<String> PUBLISHING_STEPS = Set.of("PUBLISHED", "REGISTERED_AS_PUBLISHED");

    private final AccessControl access;
    private final StandardLookup standards;
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final DeclarationStore declarations;
    private final RegistryOutboxStore outboxStore;
    private final RegistryOutbox outbox;
    private final SelfDeclarationAssembler assembler;
    private final AuditTrail audit;
    private final Clock clock;

    SelfDeclarations(AccessControl access, StandardLookup standards, OrganizationRepository organizations,
                     UserRepository users, DeclarationStore declarations, RegistryOutboxStore outboxStore,
                     RegistryOutbox outbox, SelfDeclarationAssembler assembler, AuditTrail audit, Clock clock) {
        this.access = access;
        this.standards = standards;
        this.organizations = organizations;
        this.users = users;
        this.declarations = declarations;
        this.outboxStore = outboxStore;
        this.outbox = outbox;
        this.assembler = assembler;
        this.audit = audit;
        this.clock = clock;
    }

    /** The declaration as the registry will show it, what is stored, and its sync history. */
    public record DeclarationView(SelfDeclaration declaration, StandardDeclaration stored, Page<RegistryChange> history) {
    }

    public DeclarationView view(PersonId caller, TenantId tenant, StandardId id, PageRequest historyPage) {
        return access.readIn(caller, tenant, actor -> {
            StandardDeclaration stored = stored(id);
            SelfDeclaration declaration = assembler.assemble(organization(tenant), standards.find(tenant, id), stored);
            return new DeclarationView(declaration, stored, outboxStore.ofStandard(id.value(), historyPage));
        });
    }

    /**
     * Saves what the organization declares. Before confirmation it is a draft; after, it is a
     * correction and goes to the registry (replacing a rejected event, or as an update).
     */
    public DeclarationView save(PersonId caller, TenantId tenant, StandardId id, DeclarationForm form) {
        access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT);
            StandardDeclaration stored = lock(id);
            DeclarationForm checked = stored.confirmed() ? form.validate() : form;
            declarations.save(id.value(), checked, clock.instant());
            if (stored.confirmed()) {
                Organization organization = organization(tenant);
                outbox.correction(tenant, organization, id.value(),
                        assembler.assemble(organization, standards.find(tenant, id), lock(id)));
                audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, id.value(), "DECLARATION_CORRECTED",
                        null, Map.of()));
            }
            return null;
        });
        return view(caller, tenant, id, new PageRequest(0, 20));
    }

    /**
     * Confirms the two commitments (PUB-1: lawful and true; compliant with laws, mandatory standards
     * and industrial policy) and publishes the declaration to the registry in this transaction.
     */
    public DeclarationView confirm(PersonId caller, TenantId tenant, StandardId id, DeclarationForm form,
                                   boolean lawfulAndTrue, boolean compliant) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!lawfulAndTrue) {
            problems.add(FieldProblem.of("lawfulAndTrue", "PUB-1", "declarations.commitmentRequired"));
        }
        if (!compliant) {
            problems.add(FieldProblem.of("compliant", "PUB-1", "declarations.commitmentRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DeclarationForm checked = form.validate();
        access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT);
            if (lock(id).confirmed()) {
                throw new LifecycleRefusal("PUB-1", "declarations.alreadyConfirmed");
            }
            declarations.save(id.value(), checked, clock.instant());
            String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
            declarations.confirm(id.value(), caller.value(), name, clock.instant());
            StandardProject standard = standards.find(tenant, id);
            Organization organization = organization(tenant);
            SelfDeclaration declaration = assembler.assemble(organization, standard, lock(id));
            EventType first = standard.replaces() == null ? EventType.PUBLISHED : EventType.REVISED;
            String replaces = standard.replaces() == null ? null
                    : RegistryOutbox.standardKey(organization, standard.replaces().value());
            outbox.standardEvent(tenant, organization, id.value(), first, declaration, replaces, null);
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, id.value(), "DECLARATION_CONFIRMED",
                    null, Map.of("level", checked.level().name())));
            return null;
        });
        return view(caller, tenant, id, new PageRequest(0, 20));
    }

    /** The organization's events the registry refused, for it to correct. */
    public Page<RegistryChange> rejected(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> outboxStore.inState(SyncState.REJECTED, page));
    }

    /**
     * Publication opens the declaration; an amendment, a withdrawal or a replacement of a standard
     * whose declaration was confirmed tells the registry (PUB-1: revisions and withdrawals propagate).
     */
    @Override
    public void stepTaken(Actor actor, Step step) {
        StandardProject standard = step.project();
        TenantId tenant = actor.tenant();
        if (PUBLISHING_STEPS.contains(step.action())) {
            declarations.open(tenant, standard.id().value(), clock.instant());
            return;
        }
        EventType type = switch (step.action()) {
            case "PERIODIC_REVIEW_WITHDRAW" -> EventType.WITHDRAWN;
            case "REPLACED" -> EventType.REPLACED;
            case "AMENDED" -> EventType.AMENDED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        RegistryEvent.AmendmentPart amendment = type == EventType.AMENDED
                ? new RegistryEvent.AmendmentPart(step.details().get("amendment"), step.details().get("decision")) : null;
        declarations.lock(standard.id().value()).filter(StandardDeclaration::confirmed).ifPresent(declared -> {
            Organization organization = organization(tenant);
            outbox.standardEvent(tenant, organization, standard.id().value(), type,
                    assembler.assemble(organization, standard, declared), null, amendment);
        });
    }

    private StandardDeclaration stored(StandardId id) {
        return declarations.find(id.value()).orElseThrow(() -> new NotFoundException("declarations.notPublished"));
    }

    private StandardDeclaration lock(StandardId id) {
        return declarations.lock(id.value()).orElseThrow(() -> new NotFoundException("declarations.notPublished"));
    }

    private Organization organization(TenantId tenant) {
        return organizations.findById(tenant.value()).map(OrganizationMapper::toDomain).orElseThrow();
    }
}
