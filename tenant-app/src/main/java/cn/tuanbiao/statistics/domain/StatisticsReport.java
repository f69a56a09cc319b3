package cn.tuanbiao.statistics.domain;

/** The reports read across organizations, as named in the access log and the audit log. */
public enum StatisticsReport {
    TOTALS,
    BY_REGION,
    BY_INDUSTRY,
    BY_KIND,
    BY_YEAR,
    ORGANIZATIONS,
    /** an alliance's members with the indicators only its secretariat sees (SUP-1) */
    MEMBER_INDICATORS,
    /** The compliance risk list (SUP-2). */
    COMPLIANCE_RISKS
}
