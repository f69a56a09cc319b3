package cn.tuanbiao.ballots.domain;

/** Why a voting-right holder does not vote on this standard; the requirement that excludes them. */
public enum Exclusion {
    /** Drafts this standard (LC-3). */
    DRAFTER("LC-3"),
    /** Sits for one of the units drafting this standard (LC-3). */
    DRAFTING_UNIT("LC-3"),
    /** Recused for a declared conflict of interest (PART-5). */
    RECUSED("PART-5");

    private final String requirement;

    Exclusion(String requirement) {
        this.requirement = requirement;
    }

    public String requirement() {
        return requirement;
    }
}
