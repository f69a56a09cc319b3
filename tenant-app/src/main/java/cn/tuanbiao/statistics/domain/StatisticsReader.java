package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Optional;

/**
 * A person allowed to read statistics across organizations, acting for an organization (none for
 * the platform operator), with the scope their role gives them. Only the statistics service makes
 * readers, from the records of the organization they act for.
 */
public record StatisticsReader(PersonId person, Optional<TenantId> organization, ReaderKind kind,
                               StatisticsScope scope) {

    /** The number of standards in progress is shown to an alliance secretariat only, for its members (SUP-1). */
    public boolean seesWorkInProgress() {
        return kind == ReaderKind.ALLIANCE_SECRETARIAT;
    }

    /**
     * The scope a report covers: the reader's own, narrowed to the filter's territory when it
     * names one, which must lie inside a territory the reader oversees.
     */
    public StatisticsScope scopeFor(StatisticsFilter filter) {
        if (filter.region() == null) {
            return scope;
        }
        if (scope instanceof Jurisdiction own && !own.covers(filter.region())) {
            throw new AccessDeniedException("statistics.outsideJurisdiction");
        }
        return scope instanceof Jurisdiction ? filter.region() : scope;
    }
}
