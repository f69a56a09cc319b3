package cn.tuanbiao.appeals.domain;

/** Which cases a list shows: of one kind, in one status, only overdue ones; null means any. */
public record CaseFilter(CaseKind kind, CaseStatus status, boolean overdueOnly) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, false);
    }
}
