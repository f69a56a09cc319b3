package cn.tuanbiao.statistics.domain;

/**
 * The kinds of compliance risk an organization shows in its records (SUP-2; V35 defines each precisely).
 * Comment periods under 30 days and review votes under 3/4 are not among them: the records cannot hold
 * them (LC-2, LC-3 are enforced by the schema and the lifecycle).
 */
public enum RiskKind {
    /** Published standards whose periodic review date has passed (LC-6). */
    REVIEW_OVERDUE,
    /** Published standards without a confirmed self-declaration (PUB-1). */
    DECLARATION_MISSING,
    /** Appeals, complaints and disputes open past their time limit (PART-6). */
    COMPLAINT_OVERDUE,
    /** The latest submitted good-practice self-evaluation fails a basic condition (PUB-2). */
    PRACTICE_FAILED
}
