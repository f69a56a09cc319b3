package cn.tuanbiao.meetings.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PART-3: what makes a quorum of a body's seats, by the two rules social organizations' charters use. */
class QuorumRuleTest {

    @Test
    void PART_3_more_than_half_means_strictly_more_than_half_of_the_seats() {
        assertThat(QuorumRule.MORE_THAN_HALF.reached(2, 4)).isFalse();
        assertThat(QuorumRule.MORE_THAN_HALF.reached(3, 4)).isTrue();
        assertThat(QuorumRule.MORE_THAN_HALF.reached(2, 3)).isTrue();
        assertThat(QuorumRule.MORE_THAN_HALF.needed(4)).isEqualTo(3);
        assertThat(QuorumRule.MORE_THAN_HALF.needed(3)).isEqualTo(2);
    }

    @Test
    void PART_3_two_thirds_or_more_counts_exactly_two_thirds_as_a_quorum() {
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.reached(2, 3)).isTrue();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.reached(6, 9)).isTrue();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.reached(5, 9)).isFalse();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.needed(9)).isEqualTo(6);
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.needed(4)).isEqualTo(3);
    }

    @Test
    void PART_3_a_body_without_seats_never_has_a_quorum() {
        assertThat(QuorumRule.MORE_THAN_HALF.reached(0, 0)).isFalse();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.reached(0, 0)).isFalse();
    }

    @Test
    void PART_3_needed_is_the_least_number_present_that_reaches_the_quorum() {
        for (QuorumRule rule : QuorumRule.values()) {
            for (int seats = 1; seats <= 60; seats++) {
                int needed = rule.needed(seats);
                assertThat(rule.reached(needed, seats)).as("%s of %d", rule, seats).isTrue();
                assertThat(rule.reached(needed - 1, seats)).as("%s of %d", rule, seats).isFalse();
            }
        }
    }
}
