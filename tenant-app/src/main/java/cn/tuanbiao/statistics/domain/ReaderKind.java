package cn.tuanbiao.statistics.domain;

/** Who may read statistics across organizations, and so what they see. */
public enum ReaderKind {
    /** Inspectors and administrators of a supervisory authority: public counts of their territory (SUP-2). */
    SUPERVISORY_AUTHORITY,
    /**
     * The secretariat and administrators of an alliance: public counts of its current members, and
     * per member the number of standards in progress (SUP-1).
     */
    ALLIANCE_SECRETARIAT,
    /** The platform operator: public counts of the whole deployment. */
    PLATFORM_OPERATOR
}
