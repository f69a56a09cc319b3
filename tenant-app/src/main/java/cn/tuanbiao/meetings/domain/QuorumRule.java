package cn.tuanbiao.meetings.domain;

/**
 * What makes a meeting quorate (PART-3): seat holders present, in person or by an allowed proxy,
 * against the body's seats held when the meeting was convened, observers excepted. Social
 * organizations' charters say "过半数" (more than half) or "三分之二以上" (two thirds or more; in
 * Chinese legal usage 以上 includes the number itself). A body without seats never has a quorum.
 */
public enum QuorumRule {
    /** 过半数: more than half of the seats; the default. */
    MORE_THAN_HALF,
    /** 三分之二以上: at least two thirds of the seats. */
    AT_LEAST_TWO_THIRDS;

    public boolean reached(int present, int seats) {
        if (seats <= 0) {
            return false;
        }
        return switch (this) {
            case MORE_THAN_HALF -> 2L * present > seats;
            case AT_LEAST_TWO_THIRDS -> 3L * present >= 2L * seats;
        };
    }

    /** The fewest seat holders present that make a quorum of {@code seats}. */
    public int needed(int seats) {
        return switch (this) {
            case MORE_THAN_HALF -> seats / 2 + 1;
            case AT_LEAST_TWO_THIRDS -> (2 * seats + 2) / 3;
        };
    }
}
