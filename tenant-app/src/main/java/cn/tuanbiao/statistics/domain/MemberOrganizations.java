package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.util.Set;

/** The current member organizations of an alliance (SUP-1): the organizations its secretariat oversees. */
public record MemberOrganizations(TenantId alliance, Set<TenantId> members) implements StatisticsScope {

    public MemberOrganizations {
        members = Set.copyOf(members);
    }
}
