package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.tenancy.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-3's arithmetic and the drafting-unit match, without a database. */
class BallotArithmeticTest {

    @ParameterizedTest(name = "base {0}: at least {1} in favour")
    @CsvSource({"1,1", "3,3", "4,3", "5,4", "8,6", "9,7", "12,9", "13,10"})
    @DisplayName("LC-3: the threshold is ceil(3/4 × base)")
    void LC_3_threshold_is_three_quarters_of_the_base_rounded_up(int base, int threshold) {
        List<BallotVoter> voters = eligible(base);
        Map<UUID, Choice> votes = new HashMap<>();
        voters.subList(0, threshold).forEach(v -> votes.put(v.seat(), Choice.APPROVE));

        Tally justEnough = Tally.count(VoteBase.ALL_VOTING_RIGHTS, voters, votes, null, Set.of());
        votes.remove(voters.get(0).seat());
        Tally oneShort = Tally.count(VoteBase.ALL_VOTING_RIGHTS, voters, votes, null, Set.of());

        assertThat(justEnough.threshold()).isEqualTo(threshold);
        assertThat(justEnough.passed()).isTrue();
        assertThat(oneShort.passed()).isFalse();
    }

    @Test
    @DisplayName("LC-3: 9 of 12 pass, whatever the others did; the excluded are not in the base")
    void LC_3_the_base_is_the_eligible_list_and_abstentions_and_silence_count_against() {
        List<BallotVoter> voters = new ArrayList<>(eligible(12));
        voters.add(new BallotVoter(UUID.randomUUID(), person(), "起草人", null, Exclusion.DRAFTER, null));
        Map<UUID, Choice> votes = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            votes.put(voters.get(i).seat(), Choice.APPROVE);
        }
        votes.put(voters.get(9).seat(), Choice.DISAPPROVE);
        votes.put(voters.get(10).seat(), Choice.ABSTAIN);
        votes.put(voters.get(12).seat(), Choice.APPROVE);

        Tally tally = Tally.count(VoteBase.ALL_VOTING_RIGHTS, voters, votes, null, Set.of());
        BallotResult result = tally.result(true, person(), java.time.Instant.now());

        assertThat(result.arguments()).containsExactly(12, 9, 1, 1, 1, 9, 1, 12);
        assertThat(result.summaryKey()).isEqualTo("ballots.arithmetic");
    }

    @Test
    void PART_5_a_vote_of_someone_recused_since_the_list_was_taken_is_void() {
        List<BallotVoter> voters = eligible(4);
        Map<UUID, Choice> votes = new HashMap<>();
        voters.forEach(v -> votes.put(v.seat(), Choice.APPROVE));

        Tally tally = Tally.count(VoteBase.ALL_VOTING_RIGHTS, voters, votes, null,
                Set.of(voters.get(0).person().value(), voters.get(1).person().value()));

        assertThat(tally.inFavour()).hasSize(2);
        assertThat(tally.notVoted()).isEqualTo(2);
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void LC_3_a_meeting_vote_with_no_eligible_representative_attending_cannot_be_counted() {
        List<BallotVoter> voters = eligible(3);

        assertThatThrownBy(() -> Tally.count(VoteBase.ATTENDING_REPRESENTATIVES, voters, Map.of(), Set.of(), Set.of()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.requirement()).isEqualTo("LC-3"));
    }

    @Test
    @DisplayName("LC-3: drafting units match by name after normalization, never by containment")
    void LC_3_drafting_units_are_matched_by_normalized_name() {
        DraftingUnits units = DraftingUnits.parse("浙江大学、西门子（中国）有限公司；\n中国计量大学");

        assertThat(units.match("浙江大学")).contains("浙江大学");
        assertThat(units.match("西门子(中国)有限公司")).isPresent();
        assertThat(units.match("中国计量大学 ")).isPresent();
        assertThat(units.match(null, "浙江大学")).contains("浙江大学");
        assertThat(units.match("浙江大学医学院附属第一医院")).isEmpty();
        assertThat(units.match("杭州海康智造有限公司")).isEmpty();
        assertThat(DraftingUnits.parse(null).match("浙江大学")).isEmpty();
    }

    private static List<BallotVoter> eligible(int count) {
        List<BallotVoter> voters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            voters.add(new BallotVoter(UUID.randomUUID(), person(), "委员" + (i + 1), null, null, null));
        }
        return voters;
    }

    private static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }
}
