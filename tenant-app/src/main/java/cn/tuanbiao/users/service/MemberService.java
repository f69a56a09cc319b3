package cn.tuanbiao.users.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.domain.PendingInvitation;
import cn.tuanbiao.users.persistence.InvitationStore;
import cn.tuanbiao.users.persistence.MembershipStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;

/** An organization's users and their roles, managed by its administrators. */
@Singleton
public class MemberService {

    static final String SUBJECT_MEMBERSHIP = "MEMBERSHIP";
    static final String SUBJECT_ORGANIZATION = "ORGANIZATION";

    private final AccessControl access;
    private final MembershipStore memberships;
    private final InvitationStore invitationStore;
    private final InvitationService invitations;
    private final AuditTrail audit;
    private final Clock clock;

    public MemberService(AccessControl access, MembershipStore memberships, InvitationStore invitationStore,
                         InvitationService invitations, AuditTrail audit, Clock clock) {
        this.access = access;
        this.memberships = memberships;
        this.invitationStore = invitationStore;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Any member may see who else belongs to the organization. */
    public Page<Member> list(PersonId caller, TenantId tenant, String text, PageRequest page) {
        return access.readIn(caller, tenant, actor -> memberships.list(text, page));
    }

    public Page<PendingInvitation> pendingInvitations(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            actor.requireAnyOf(ADMINISTRATOR);
            return invitationStore.listOpen(clock.instant(), page);
        });
    }

    public IssuedInvitation invite(PersonId caller, TenantId tenant, String email, String displayName,
                                   Set<OrganizationRole> roles) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(ADMINISTRATOR);
            IssuedInvitation issued = invitations.issue(tenant, caller, email, displayName, roles);
            // The person may not exist yet: the organization is the subject; the token never enters the log.
            audit.record(new AuditEntry(tenant, caller, SUBJECT_ORGANIZATION, tenant.value(), "MEMBER_INVITED", null,
                    Map.of("email", email == null ? "" : email.strip(), "roles", names(roles))));
            return issued;
        });
    }

    public Member changeRoles(PersonId caller, TenantId tenant, PersonId member, Set<OrganizationRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("roles", "FORMAT", "roles.required"));
        }
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(ADMINISTRATOR);
            Member before = memberships.find(member).orElseThrow(() -> new NotFoundException("member.notFound"));
            if (before.roles().contains(ADMINISTRATOR) && !roles.contains(ADMINISTRATOR)) {
                requireAnotherAdministrator();
            }
            memberships.updateRoles(member, roles);
            audit.record(new AuditEntry(tenant, caller, SUBJECT_MEMBERSHIP, member.value(), "ROLES_CHANGED", null,
                    Map.of("from", names(before.roles()), "to", names(roles))));
            return memberships.find(member).orElseThrow();
        });
    }

    public Member setStatus(PersonId caller, TenantId tenant, PersonId member, MembershipStatus status) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(ADMINISTRATOR);
            Member before = memberships.find(member).orElseThrow(() -> new NotFoundException("member.notFound"));
            if (status == MembershipStatus.SUSPENDED && before.roles().contains(ADMINISTRATOR)
                    && before.status() == MembershipStatus.ACTIVE) {
                requireAnotherAdministrator();
            }
            memberships.updateStatus(member, status);
            audit.record(new AuditEntry(tenant, caller, SUBJECT_MEMBERSHIP, member.value(), "STATUS_CHANGED", null,
                    Map.of("from", before.status().name(), "to", status.name())));
            return memberships.find(member).orElseThrow();
        });
    }

    private static String names(Set<OrganizationRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private void requireAnotherAdministrator() {
        if (memberships.activeAdministrators() <= 1) {
            throw new InvalidInputException(FieldProblem.of("roles", "ORG-3", "roles.lastAdministrator"));
        }
    }
}
