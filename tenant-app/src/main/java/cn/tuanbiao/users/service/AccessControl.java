package cn.tuanbiao.users.service;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.persistence.UserRepository;
import jakarta.inject.Singleton;

import java.util.function.Function;

/**
 * Turns "person P says they act in organization T" into an {@link Actor}, or refuses. The
 * membership is read under T's own tenant, so whatever organization id a caller sends, they
 * act in it only when that organization's records give them a role.
 */
@Singleton
public class AccessControl {

    private final Transactions transactions;
    private final MembershipStore memberships;
    private final UserRepository users;

    public AccessControl(Transactions transactions, MembershipStore memberships, UserRepository users) {
        this.transactions = transactions;
        this.memberships = memberships;
        this.users = users;
    }

    /** Runs {@code work} as {@code person} inside {@code tenant}, in one read-write transaction. */
    public <T> T actIn(PersonId person, TenantId tenant, Function<Actor, T> work) {
        return transactions.inTenant(tenant, () -> work.apply(actor(person, tenant)));
    }

    /** Read-only variant of {@link #actIn}. */
    public <T> T readIn(PersonId person, TenantId tenant, Function<Actor, T> work) {
        return transactions.readInTenant(tenant, () -> work.apply(actor(person, tenant)));
    }

    /** Refuses unless {@code person} is a platform operator (ORG-1: onboarding is theirs). */
    public void requireOperator(PersonId person) {
        boolean operator = transactions.readOnPlatform(() -> users.findById(person.value())
                .filter(u -> "OPERATOR".equals(u.platformRole()) && "ACTIVE".equals(u.status()))
                .isPresent());
        if (!operator) {
            throw new AccessDeniedException("access.operatorOnly");
        }
    }

    private Actor actor(PersonId person, TenantId tenant) {
        return memberships.activeRoles(person)
                .map(roles -> new Actor(person, tenant, roles))
                .orElseThrow(() -> new AccessDeniedException("access.notMember"));
    }
}
