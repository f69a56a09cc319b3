package cn.tuanbiao.statistics.domain;

/** The organizations a reader's reports may cover: a territory (SUP-2) or an alliance's members (SUP-1). */
public sealed interface StatisticsScope permits Jurisdiction, MemberOrganizations {
}
