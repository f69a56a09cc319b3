package cn.tuanbiao.organizations.service;

import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationLinkEntity;
import cn.tuanbiao.organizations.persistence.OrganizationLinkRepository;
import cn.tuanbiao.organizations.persistence.OrganizationQueries;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The operator's screen on who belongs to whom (SUP-1 alliance members, SUP-5 centres of a base): one
 * organization's links in both directions, page by page, a new link entered by the other side's code,
 * and a link ended on a date. The writes go through {@link OrganizationOnboarding}, which holds the rules.
 */
@Singleton
public class OrganizationLinks {

    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationQueries queries;
    private final OrganizationRepository organizations;
    private final OrganizationLinkRepository links;
    private final OrganizationOnboarding onboarding;

    public OrganizationLinks(AccessControl access, Transactions transactions, OrganizationQueries queries,
                             OrganizationRepository organizations, OrganizationLinkRepository links,
                             OrganizationOnboarding onboarding) {
        this.access = access;
        this.transactions = transactions;
        this.queries = queries;
        this.organizations = organizations;
        this.links = links;
        this.onboarding = onboarding;
    }

    /** The links of {@code organization} as parent or child, current ones first, then the latest ended. */
    public Page<OrganizationLink> of(PersonId operator, TenantId organization, PageRequest page) {
        access.requireOperator(operator);
        return transactions.readOnPlatform(() -> queries.links(organization, page));
    }

    /**
     * Links {@code organization} with the one whose code is {@code otherCode}: an alliance or a base takes
     * the other as its member or centre, any other organization joins the other.
     */
    public void join(PersonId operator, TenantId organization, OrganizationLinkKind kind, String otherCode,
                     LocalDate joinedOn) {
        access.requireOperator(operator);
        if (kind == null) {
            throw new InvalidInputException(FieldProblem.of("linkKind", "ORG-1", "organizationLink.kindRequired"));
        }
        if (joinedOn == null) {
            throw new InvalidInputException(FieldProblem.of("joinedOn", kind.requirement(), "organizationLink.joinedOnRequired"));
        }
        String code = otherCode == null ? "" : otherCode.strip().replaceFirst("^[Tt]/", "").toUpperCase(Locale.ROOT);
        OrganizationEntity other = transactions.readOnPlatform(() -> organizations.findByCode(code))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("otherCode", kind.requirement(),
                        "organizationLink.unknownCode", code)));
        boolean takesIn = transactions.readOnPlatform(() -> organizations.findById(organization.value()))
                .map(o -> o.kind().equals(kind.parentKind().name()))
                .orElseThrow(() -> new NotFoundException("organization.notFound"));
        TenantId otherId = new TenantId(other.id());
        if (takesIn) {
            onboarding.link(operator, organization, otherId, kind.name(), joinedOn);
        } else {
            onboarding.link(operator, otherId, organization, kind.name(), joinedOn);
        }
    }

    /** Ends {@code organization}'s current link {@code linkId} on {@code leftOn}; the period stays in the history. */
    public void end(PersonId operator, TenantId organization, UUID linkId, LocalDate leftOn) {
        access.requireOperator(operator);
        if (leftOn == null) {
            throw new InvalidInputException(FieldProblem.of("leftOn", "SUP-1", "organizationLink.leftOnRequired"));
        }
        OrganizationLinkEntity link = transactions.readOnPlatform(() -> links.findById(linkId))
                .filter(found -> found.leftOn() == null)
                .filter(found -> found.parentId().equals(organization.value()) || found.childId().equals(organization.value()))
                .orElseThrow(() -> new NotFoundException("organization.notFound"));
        onboarding.unlink(operator, new TenantId(link.parentId()), new TenantId(link.childId()), link.linkKind(), leftOn);
    }
}
