package cn.tuanbiao.registry.relay.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * What the relay does with the registry's answer to a batch (PROTOCOL §6): per event, accept,
 * retry, reject for the organization to correct, or give up; and which subjects must be sent again
 * from an earlier sequence because the registry lacks events this deployment had recorded as applied.
 */
public final class AnswerHandling {

    /** The marks to record and the subjects to re-send from a sequence on. */
    public record Plan(List<Mark> marks, List<Requeue> requeues) {
    }

    /** Re-send the subject's events from {@code sequence} on. */
    public record Requeue(UUID tenant, String subject, String subjectKey, int sequence) {
    }

    private final Retry retry;
    private final RandomGenerator random;

    public AnswerHandling(Retry retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    public Plan plan(List<ClaimedEvent> batch, BatchAnswer answer, Instant now) {
        if (answer instanceof BatchAnswer.Processed processed) {
            return processed(batch, processed, now);
        }
        if (answer instanceof BatchAnswer.Refused refused) {
            return new Plan(batch.stream().map(e -> refused(e, refused, now)).toList(), List.of());
        }
        BatchAnswer.TryLater later = (BatchAnswer.TryLater) answer;
        return new Plan(batch.stream().map(e -> later(e, later, now)).toList(), List.of());
    }

    private Plan processed(List<ClaimedEvent> batch, BatchAnswer.Processed answer, Instant now) {
        Map<UUID, EventResult> byKey = answer.results().stream()
                .collect(Collectors.toMap(EventResult::idempotencyKey, Function.identity(), (a, b) -> a));
        List<Mark> marks = new ArrayList<>();
        List<Requeue> requeues = new ArrayList<>();
        for (ClaimedEvent event : batch) {
            EventResult result = byKey.get(event.id());
            if (result == null) {
                marks.add(later(event, new BatchAnswer.TryLater("no result for the event", null), now));
            } else if (result.applied()) {
                marks.add(Mark.accepted(event, result.receipt()));
            } else {
                marks.add(refusedEvent(event, result, requeues, now));
            }
        }
        return new Plan(marks, requeues);
    }

    private Mark refusedEvent(ClaimedEvent event, EventResult result, List<Requeue> requeues, Instant now) {
        switch (result.outcome()) {
            case "OUT_OF_ORDER" -> {
                Integer expected = result.expected();
                if (expected != null && expected < event.sequence()) {
                    // The registry lacks earlier events: they go first, this one waits its turn.
                    requeues.add(new Requeue(event.tenant(), event.subject(), event.subjectKey(), expected));
                    return Mark.retry(event, "OUT_OF_ORDER", "registry expects sequence " + expected, now);
                }
                return Mark.dead(event, "OUT_OF_ORDER", "registry holds a later sequence than " + event.sequence()
                        + " (expected " + expected + "): " + result.message());
            }
            case "UNKNOWN_ORGANIZATION" -> {
                // The registry lacks the organization's profile: send it again, then this event.
                String creditCode = event.subjectKey().substring(0, event.subjectKey().indexOf(':'));
                requeues.add(new Requeue(event.tenant(), "ORGANIZATION", creditCode, 1));
                return later(event, new BatchAnswer.TryLater("UNKNOWN_ORGANIZATION", null), now);
            }
            case "FIELD_INVALID", "NOT_YOUR_SUBJECT" -> {
                return Mark.rejected(event, result.outcome(), result.field(), result.message());
            }
            case "IDEMPOTENCY_KEY_REUSED" -> {
                return Mark.dead(event, result.outcome(), result.message());
            }
            default -> {
                return later(event, new BatchAnswer.TryLater(result.outcome() + ": " + result.message(), null), now);
            }
        }
    }

    /** A refusal of the whole request: a signature or digest problem is retried once (re-signed), the rest is a bug or an operator's matter. */
    private Mark refused(ClaimedEvent event, BatchAnswer.Refused refused, Instant now) {
        boolean retriedOnce = event.attempts() > 1;
        boolean transientRefusal = refused.code() != null && (refused.code().startsWith("SIGNATURE_")
                || refused.code().equals("DIGEST_MISMATCH"));
        if (transientRefusal && !retriedOnce) {
            return Mark.retry(event, refused.code(), refused.message(), now);
        }
        return Mark.dead(event, refused.code(), "HTTP " + refused.status() + ": " + refused.message());
    }

    private Mark later(ClaimedEvent event, BatchAnswer.TryLater later, Instant now) {
        if (retry.givesUpAfter(event.attempts())) {
            return Mark.dead(event, "GAVE_UP", "after " + event.attempts() + " attempts: " + later.reason());
        }
        return Mark.retry(event, "RETRY", later.reason(), retry.next(now, event.attempts(), later.retryAfter(), random));
    }
}
