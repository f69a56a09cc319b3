package cn.tuanbiao.conflicts.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.conflicts.domain.InterestDeclaration;
import cn.tuanbiao.conflicts.persistence.InterestStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.Recusals;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Conflict-of-interest declarations (PART-5): each person working on a standard in work declares
 * their interest once, for themselves, and may recuse themselves; a recorded vote in which a recused
 * person voted is refused.
 */
@Singleton
public class ConflictsOfInterest implements Recusals {

    private final AccessControl access;
    private final StandardLookup standards;
    private final InterestStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public ConflictsOfInterest(AccessControl access, StandardLookup standards, InterestStore store, AuditTrail audit,
                               Clock clock) {
        this.access = access;
        this.standards = standards;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public InterestDeclaration declare(PersonId caller, TenantId tenant, StandardId standard, String interest,
                                       boolean recused) {
        Problems problems = new Problems();
        String text = problems.required("interest", interest, 2000);
        problems.throwIfAny();
        return access.actIn(caller, tenant, actor -> {
            standards.findInWork(tenant, standard, "PART-5", "conflicts.projectNotInWork");
            if (store.declared(standard.value(), caller.value())) {
                throw new InvalidInputException(FieldProblem.of("interest", "PART-5", "conflicts.alreadyDeclared"));
            }
            InterestDeclaration declaration = new InterestDeclaration(UUID.randomUUID(), standard.value(), caller.value(),
                    null, text, recused, clock.instant());
            store.insert(tenant, declaration);
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, standard.value(), "INTEREST_DECLARED",
                    null, Map.of("recused", Boolean.toString(recused), "interest", text)));
            return declaration;
        });
    }

    public Page<InterestDeclaration> ofStandard(PersonId caller, TenantId tenant, StandardId standard, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.ofStandard(standard.value(), page));
    }

    @Override
    public Set<UUID> recusedFrom(UUID standard) {
        return store.recused(standard);
    }
}
