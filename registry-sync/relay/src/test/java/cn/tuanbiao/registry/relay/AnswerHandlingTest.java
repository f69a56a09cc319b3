package cn.tuanbiao.registry.relay;

import cn.tuanbiao.registry.relay.domain.AnswerHandling;
import cn.tuanbiao.registry.relay.domain.BatchAnswer;
import cn.tuanbiao.registry.relay.domain.ClaimedEvent;
import cn.tuanbiao.registry.relay.domain.EventResult;
import cn.tuanbiao.registry.relay.domain.Mark;
import cn.tuanbiao.registry.relay.domain.Retry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §6: what the relay does with each answer of the registry. */
class AnswerHandlingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Retry RETRY = new Retry(Duration.ofSeconds(1), Duration.ofMinutes(10), 5);
    private final AnswerHandling handling = new AnswerHandling(RETRY, new SplittableRandom(7)::nextLong);

    @Test
    void backoff_doubles_up_to_its_cap_with_full_jitter_and_never_before_retry_after() {
        assertThat(RETRY.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RETRY.ceiling(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(RETRY.ceiling(30)).isEqualTo(Duration.ofMinutes(10));
        for (int i = 0; i < 100; i++) {
            Instant next = RETRY.next(NOW, 4, null, new SplittableRandom(i)::nextLong);
            assertThat(next).isBetween(NOW, NOW.plusSeconds(8));
        }
        assertThat(RETRY.next(NOW, 1, Duration.ofSeconds(120), new SplittableRandom(1)::nextLong))
                .isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void applied_and_already_applied_events_are_accepted_with_the_registrys_receipt() {
        ClaimedEvent first = event("A:1", 1, 1);
        ClaimedEvent resent = event("A:2", 2, 3);
        UUID receipt = UUID.randomUUID();

        AnswerHandling.Plan plan = handling.plan(List.of(first, resent), new BatchAnswer.Processed(List.of(
                result(first, "APPLIED", receipt, null), result(resent, "ALREADY_APPLIED", receipt, null))), NOW);

        assertThat(plan.marks()).extracting(Mark::state).containsExactly(Mark.State.ACCEPTED, Mark.State.ACCEPTED);
        assertThat(plan.marks()).extracting(Mark::receipt).containsOnly(receipt);
    }

    @Test
    void a_gap_sends_the_missing_events_first_and_a_field_refusal_goes_back_to_the_organization() {
        ClaimedEvent third = event("A:1", 3, 1);
        ClaimedEvent invalid = event("B:1", 1, 1);

        AnswerHandling.Plan plan = handling.plan(List.of(third, invalid), new BatchAnswer.Processed(List.of(
                result(third, "OUT_OF_ORDER", null, 2),
                new EventResult(invalid.id(), "FIELD_INVALID", null, 1, null, "declaration.standard.number", "标准编号格式不正确"))),
                NOW);

        assertThat(plan.requeues()).containsExactly(new AnswerHandling.Requeue(third.tenant(), "STANDARD", "A:1", 2));
        assertThat(plan.marks()).extracting(Mark::state).containsExactly(Mark.State.PENDING, Mark.State.REJECTED);
        assertThat(plan.marks().get(1).field()).isEqualTo("declaration.standard.number");
    }

    @Test
    void an_unavailable_registry_means_retry_later_until_the_last_attempt_makes_a_dead_letter() {
        ClaimedEvent early = event("A:1", 1, 2);
        ClaimedEvent last = event("B:1", 1, 5);

        AnswerHandling.Plan plan = handling.plan(List.of(early, last),
                new BatchAnswer.TryLater("HTTP 503", Duration.ofSeconds(30)), NOW);

        assertThat(plan.marks()).extracting(Mark::state).containsExactly(Mark.State.PENDING, Mark.State.DEAD);
        assertThat(plan.marks().get(0).nextAttempt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void a_bad_signature_is_retried_once_re_signed_and_a_non_canonical_body_is_a_dead_letter_at_once() {
        ClaimedEvent firstTry = event("A:1", 1, 1);
        ClaimedEvent secondTry = event("B:1", 1, 2);

        assertThat(handling.plan(List.of(firstTry, secondTry), new BatchAnswer.Refused(401, "SIGNATURE_INVALID", "签名无效"), NOW)
                .marks()).extracting(Mark::state).containsExactly(Mark.State.PENDING, Mark.State.DEAD);
        assertThat(handling.plan(List.of(firstTry), new BatchAnswer.Refused(400, "NOT_CANONICAL", "非规范形式"), NOW)
                .marks()).extracting(Mark::state).containsExactly(Mark.State.DEAD);
    }

    private static ClaimedEvent event(String key, int sequence, int attempts) {
        return new ClaimedEvent(UUID.randomUUID(), UUID.randomUUID(), "STANDARD", key, sequence, "{}", attempts);
    }

    private static EventResult result(ClaimedEvent e, String outcome, UUID receipt, Integer expected) {
        return new EventResult(e.id(), outcome, receipt, e.sequence(), expected, null, null);
    }
}
