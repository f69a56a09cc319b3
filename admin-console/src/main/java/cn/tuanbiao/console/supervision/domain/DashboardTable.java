package cn.tuanbiao.console.supervision.domain;

/** The tables of the supervision dashboard, each exported on its own too (in the URL: lower case). */
public enum DashboardTable {
    /** by region, one level below the territory shown */
    REGION,
    /** by industry section (GB/T 4754) */
    INDUSTRY,
    /** by kind of organization (ORG-1) */
    KIND,
    /** by publication year and status now */
    YEAR,
    /** the organizations with their indicators */
    ORGANIZATIONS
}
