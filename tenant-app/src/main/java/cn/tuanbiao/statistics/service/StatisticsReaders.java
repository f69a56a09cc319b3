package cn.tuanbiao.statistics.service;

import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.ReaderKind;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.persistence.StatisticsQueries;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import jakarta.inject.Singleton;

import java.util.Optional;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;

/**
 * Who may read statistics across organizations, and over which organizations, from the records of
 * the organization they act for (called inside that organization's transaction):
 * <ul>
 *   <li>inspectors and administrators of an active supervisory authority: the territory of the
 *       authority's own region code (a province's code covers the province) — SUP-2;</li>
 *   <li>the secretariat and administrators of an active alliance: its current member
 *       organizations, with their numbers of standards in progress — SUP-1;</li>
 *   <li>platform operators: the whole deployment ({@link #operator}).</li>
 * </ul>
 * Anyone else is refused.
 */
@Singleton
public class StatisticsReaders {

    private final OrganizationRepository organizations;
    private final StatisticsQueries queries;

    public StatisticsReaders(OrganizationRepository organizations, StatisticsQueries queries) {
        this.organizations = organizations;
        this.queries = queries;
    }

    public StatisticsReader of(Actor actor) {
        OrganizationEntity organization = organizations.findById(actor.tenant().value())
                .filter(o -> "ACTIVE".equals(o.status()))
                .orElseThrow(() -> new AccessDeniedException("statistics.notAllowed"));
        Optional<TenantId> acting = Optional.of(actor.tenant());
        if ("SUPERVISORY_AUTHORITY".equals(organization.kind()) && (actor.has(INSPECTOR) || actor.has(ADMINISTRATOR))) {
            return new StatisticsReader(actor.person(), acting, ReaderKind.SUPERVISORY_AUTHORITY,
                    Jurisdiction.of(new RegionCode(organization.regionCode())));
        }
        if ("ALLIANCE".equals(organization.kind()) && (actor.has(SECRETARIAT) || actor.has(ADMINISTRATOR))) {
            return new StatisticsReader(actor.person(), acting, ReaderKind.ALLIANCE_SECRETARIAT,
                    new MemberOrganizations(actor.tenant(), queries.currentMembers(actor.tenant())));
        }
        throw new AccessDeniedException("statistics.notAllowed");
    }

    /** A platform operator (already checked by the caller). */
    public StatisticsReader operator(PersonId operator) {
        return new StatisticsReader(operator, Optional.empty(), ReaderKind.PLATFORM_OPERATOR, Jurisdiction.nationwide());
    }
}
