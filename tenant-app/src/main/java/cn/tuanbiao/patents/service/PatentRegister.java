package cn.tuanbiao.patents.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.patents.domain.PatentCall;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.persistence.PatentCallStore;
import cn.tuanbiao.patents.persistence.PatentStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.standards.service.PatentRefusals;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.standards.service.StepFollowUp;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The organization's IP register (PART-4): anyone with a role declares a patent a standard in work
 * may need, with the holder's licensing commitment; the secretariat records the decision taken
 * about a refusal, without which the standard cannot be approved. The call for disclosure is
 * issued automatically when drafting and when technical review start (and by the secretariat at
 * any time while the standard is in work): it is recorded on the standard and every member of the
 * organization is notified.
 */
@Singleton
public class PatentRegister implements PatentRefusals, StepFollowUp {

    /** The steps that issue a call for patent disclosure by themselves (PART-4: at drafting and at review). */
    static final Set<String> CALLING_STEPS = Set.of("DRAFTING_STARTED", "TECHNICAL_REVIEW_STARTED");

    private final AccessControl access;
    private final StandardLookup standards;
    private final PatentStore store;
    private final PatentCallStore calls;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    public PatentRegister(AccessControl access, StandardLookup standards, PatentStore store, PatentCallStore calls,
                          Notifications notifications, AuditTrail audit, Clock clock) {
        this.access = access;
        this.standards = standards;
        this.store = store;
        this.calls = calls;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public PatentDeclaration declare(PersonId caller, TenantId tenant, StandardId standard, DeclarationDraft draft) {
        PatentDeclaration declaration = draft.validate(UUID.randomUUID(), standard.value(), clock.instant());
        return access.actIn(caller, tenant, actor -> {
            standards.findInWork(tenant, standard, "PART-4", "patents.projectNotInWork");
            store.insert(tenant, declaration, caller);
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, standard.value(), "PATENT_DECLARED", null,
                    Map.of("patentNumber", declaration.patentNumber(), "holder", declaration.holder(),
                            "licensing", declaration.licensing().name())));
            return store.lock(declaration.id()).orElseThrow();
        });
    }

    /**
     * A declaration from someone without an account (PART-4: anyone can declare), whose address the
     * caller has proven; runs in the caller's transaction of {@code tenant}. The audit names the
     * public, the declaration keeps the proven address as the declarant's contact.
     */
    public PatentDeclaration declareFromThePublic(TenantId tenant, StandardId standard, DeclarationDraft draft,
                                                  String provenEmail, PersonId thePublic) {
        DeclarationDraft withAddress = new DeclarationDraft(draft.patentNumber(), draft.patentTitle(), draft.holder(),
                draft.licensing(), draft.declarantName(), provenEmail);
        PatentDeclaration declaration = withAddress.validate(UUID.randomUUID(), standard.value(), clock.instant());
        standards.findInWork(tenant, standard, "PART-4", "patents.projectNotInWork");
        store.insert(tenant, declaration, null);
        audit.record(new AuditEntry(tenant, thePublic, StandardService.SUBJECT, standard.value(), "PATENT_DECLARED", null,
                Map.of("patentNumber", declaration.patentNumber(), "holder", declaration.holder(),
                        "licensing", declaration.licensing().name(), "public", "true")));
        return store.lock(declaration.id()).orElseThrow();
    }

    /** Records what was decided about a refusal to license (e.g. the technique is left out of the standard). */
    public PatentDeclaration decideOnRefusal(PersonId caller, TenantId tenant, UUID declarationId, String decision) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT);
            PatentDeclaration declaration = store.lock(declarationId)
                    .orElseThrow(() -> new NotFoundException("patents.notFound"));
            if (declaration.licensing() != PatentLicensing.REFUSE) {
                throw new LifecycleRefusal("PART-4", "patents.notARefusal");
            }
            if (declaration.refusalDecision() != null) {
                throw new LifecycleRefusal("PART-4", "patents.alreadyDecided");
            }
            if (decision == null || decision.isBlank()) {
                throw new InvalidInputException(FieldProblem.of("refusalDecision", "PART-4", "validation.required"));
            }
            store.decide(declarationId, decision.strip(), caller, clock.instant());
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, declaration.standard(),
                    "PATENT_REFUSAL_DECIDED", decision.strip(), Map.of("patentNumber", declaration.patentNumber())));
            return store.lock(declarationId).orElseThrow();
        });
    }

    public Page<PatentDeclaration> ofStandard(PersonId caller, TenantId tenant, StandardId standard, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.list(standard.value(), page));
    }

    /** The organization's IP register: every declaration on any of its standards. */
    public Page<PatentDeclaration> register(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.list(null, page));
    }

    @Override
    public int undecided(UUID standard) {
        return store.undecidedRefusals(standard);
    }

    /** PART-4: drafting and technical review each open with a call for patent disclosure, in the step's transaction. */
    @Override
    public void stepTaken(Actor actor, Step step) {
        if (CALLING_STEPS.contains(step.action())) {
            issue(actor.tenant(), actor.person(), step.project());
        }
    }

    /** The secretariat calls for patent disclosure again on a standard in work (e.g. after its scope changed). */
    public PatentCall issueCall(PersonId caller, TenantId tenant, StandardId standard) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT);
            return issue(tenant, caller, standards.findInWork(tenant, standard, "PART-4", "patents.projectNotInWork"));
        });
    }

    /** The calls for patent disclosure issued on a standard, newest first. */
    public Page<PatentCall> calls(PersonId caller, TenantId tenant, StandardId standard, PageRequest page) {
        return access.readIn(caller, tenant, actor -> calls.ofStandard(standard.value(), page));
    }

    private PatentCall issue(TenantId tenant, PersonId by, StandardProject project) {
        UUID id = UUID.randomUUID();
        int notified = notifications.notify(tenant, Recipients.allMembers().except(by), NotificationKind.PATENT_CALL,
                SubjectLink.standard(project.id().value()),
                Map.of("title", project.subject().titleZh(), "stage", "stage." + project.stage().name()));
        calls.insert(tenant, id, project.id().value(), project.stage(), by, clock.instant(), notified);
        audit.record(new AuditEntry(tenant, by, StandardService.SUBJECT, project.id().value(), "PATENT_CALL_ISSUED",
                null, Map.of("stage", project.stage().name(), "membersNotified", String.valueOf(notified))));
        return calls.find(id).orElseThrow();
    }
}
