package cn.tuanbiao.console.alliance.domain;

/** What became of a nomination (SUP-1; seed 001 奖励委员会): recommended on, not recommended, or awarded a level. */
public enum AwardOutcome {
    RECOMMENDED,
    NOT_RECOMMENDED,
    AWARDED
}
