package cn.tuanbiao.violations.domain;

/** Where a violation case came from (线索来源). */
public enum SourceKind {
    /** A complaint referred to the authority (投诉转办, PART-6 escalation). */
    COMPLAINT,
    /** A finding of one of the authority's random inspections (双随机抽查). */
    INSPECTION,
    /** The authority's own knowledge. */
    OTHER
}
