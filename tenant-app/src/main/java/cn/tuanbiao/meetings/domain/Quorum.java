package cn.tuanbiao.meetings.domain;

/**
 * A meeting's quorum as its attendance was recorded (PART-3): the seats counted (the body's seat
 * holders invited, observers excepted), how many of them attended, and the rule then in force.
 */
public record Quorum(int seats, int present, QuorumRule rule) {

    public boolean reached() {
        return rule.reached(present, seats);
    }

    public int needed() {
        return rule.needed(seats);
    }
}
