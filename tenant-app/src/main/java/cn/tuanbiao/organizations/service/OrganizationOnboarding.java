package cn.tuanbiao.organizations.service;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.domain.OrganizationProfile.ValidProfile;
import cn.tuanbiao.organizations.domain.OrganizationStatus;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationLinkEntity;
import cn.tuanbiao.organizations.persistence.OrganizationLinkRepository;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import cn.tuanbiao.users.service.InvitationService;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The platform operator brings an organization onto the platform (ORG-1, ORG-2). */
@Singleton
public class OrganizationOnboarding {

    /** The link kind of an alliance's membership (organization_links.link_kind). */
    public static final String ALLIANCE_MEMBER = "ALLIANCE_MEMBER";

    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final OrganizationLinkRepository links;
    private final InvitationService invitations;
    private final Clock clock;

    public OrganizationOnboarding(AccessControl access, Transactions transactions, OrganizationRepository organizations,
                                  OrganizationLinkRepository links, InvitationService invitations, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.organizations = organizations;
        this.links = links;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Registers the organization; every field is checked and all problems are reported together. */
    public Organization onboard(PersonId operator, OrganizationProfile profile) {
        access.requireOperator(operator);
        ValidProfile valid = profile.validate();
        Organization organization = new Organization(new TenantId(UUID.randomUUID()), valid.kind(), valid.nameZh(),
                valid.nameEn(), valid.code(), valid.creditCode(), valid.registrationAuthority(), valid.businessScope(),
                valid.region(), valid.industry(), valid.contact(), OrganizationStatus.ACTIVE, clock.instant());
        try {
            return transactions.onPlatform(() -> {
                Problems taken = new Problems();
                if (organizations.existsByCode(organization.code().value())) {
                    taken.add(FieldProblem.of("code", "ORG-2", "organizationCode.taken"));
                }
                if (organizations.existsByCreditCode(organization.creditCode().value())) {
                    taken.add(FieldProblem.of("creditCode", "ORG-2", "creditCode.taken"));
                }
                taken.throwIfAny();
                organizations.save(OrganizationMapper.toRow(organization));
                return organization;
            });
        } catch (DataAccessException e) {
            // Two operators racing for the same code: the unique constraint decides.
            throw new InvalidInputException(FieldProblem.of("code", "ORG-2", "organizationCode.taken"));
        }
    }

    /** Invites the organization's first administrator (or another one) on the operator's authority. */
    public IssuedInvitation inviteAdministrator(PersonId operator, TenantId organization, String email,
                                                String displayName) {
        access.requireOperator(operator);
        requireExists(organization);
        return invitations.issue(organization, operator, email, displayName, Set.of(OrganizationRole.ADMINISTRATOR));
    }

    /**
     * Records that {@code child} joined {@code parent} as {@code linkKind} on {@code since}: a member
     * organization joins an alliance (SUP-1), a centre joins its innovation base (SUP-5). Refused when the
     * kinds do not fit or it is the organization itself; joining again while a member changes nothing.
     */
    public void link(PersonId operator, TenantId parent, TenantId child, String linkKind, LocalDate since) {
        access.requireOperator(operator);
        OrganizationLinkKind kind = OrganizationLinkKind.valueOf(linkKind);
        transactions.onPlatform(() -> {
            OrganizationEntity parentRow = organizations.findById(parent.value())
                    .orElseThrow(() -> new NotFoundException("organization.notFound"));
            OrganizationEntity childRow = organizations.findById(child.value())
                    .orElseThrow(() -> new NotFoundException("organization.notFound"));
            requireFit(kind, parentRow, childRow);
            if (!links.existsByParentIdAndChildIdAndLinkKindAndLeftOnIsNull(parent.value(), child.value(), linkKind)) {
                links.save(new OrganizationLinkEntity(UUID.randomUUID(), parent.value(), child.value(), linkKind, since, null, null));
            }
            return null;
        });
    }

    private static void requireFit(OrganizationLinkKind kind, OrganizationEntity parent, OrganizationEntity child) {
        if (parent.id().equals(child.id())) {
            throw new InvalidInputException(FieldProblem.of("parentCode", kind.requirement(), "organizationLink.self"));
        }
        Problems problems = new Problems();
        if (OrganizationKind.valueOf(parent.kind()) != kind.parentKind()) {
            problems.add(FieldProblem.of("parentCode", kind.requirement(), "organizationLink.parentKind." + kind.name(),
                    parent.nameZh()));
        }
        if (!kind.admitsChild(OrganizationKind.valueOf(child.kind()))) {
            problems.add(FieldProblem.of("childCode", kind.requirement(), "organizationLink.childKind." + kind.name(),
                    child.nameZh()));
        }
        problems.throwIfAny();
    }

    /**
     * Records that {@code child} left {@code parent} on {@code on} (SUP-1: the link keeps its period, so
     * the alliance's history shows when it joined and when it left; joining again opens a new period).
     */
    public void unlink(PersonId operator, TenantId parent, TenantId child, String linkKind, LocalDate on) {
        access.requireOperator(operator);
        endLink(parent, child, linkKind, on, null);
    }

    /**
     * The alliance's own secretariat or administrators record that {@code member} left it on {@code on},
     * with the reason (SUP-1): the same period-closing as {@link #unlink}, on the alliance's authority
     * instead of the operator's. Callers check first that the member is a current one.
     */
    public void recordLeaving(PersonId caller, TenantId alliance, TenantId member, LocalDate on, String reason) {
        access.readIn(caller, alliance, actor -> actor.requireAnyOf(OrganizationRole.ADMINISTRATOR,
                OrganizationRole.SECRETARIAT));
        boolean isAlliance = transactions.readOnPlatform(() -> organizations.findById(alliance.value()))
                .filter(o -> "ALLIANCE".equals(o.kind())).isPresent();
        if (!isAlliance) {
            throw new AccessDeniedException("alliance.secretariatOnly");
        }
        endLink(alliance, member, ALLIANCE_MEMBER, on, reason);
    }

    private void endLink(TenantId parent, TenantId child, String linkKind, LocalDate on, String reason) {
        transactions.onPlatform(() -> {
            OrganizationLinkEntity current = links.findByParentIdAndChildIdAndLinkKindAndLeftOnIsNull(parent.value(),
                    child.value(), linkKind).orElseThrow(() -> new NotFoundException("organization.notFound"));
            if (on.isBefore(current.joinedOn())) {
                throw new InvalidInputException(FieldProblem.of("leftOn", "SUP-1", "organizationLink.leftBeforeJoined"));
            }
            links.update(new OrganizationLinkEntity(current.id(), current.parentId(), current.childId(),
                    current.linkKind(), current.joinedOn(), on, reason));
            return null;
        });
    }

    /** Whether an organization with this code is on the platform. */
    public boolean isOnboarded(String code) {
        return transactions.readOnPlatform(() -> organizations.existsByCode(code));
    }

    private void requireExists(TenantId organization) {
        if (!transactions.readOnPlatform(() -> organizations.existsById(organization.value()))) {
            throw new NotFoundException("organization.notFound");
        }
    }
}
