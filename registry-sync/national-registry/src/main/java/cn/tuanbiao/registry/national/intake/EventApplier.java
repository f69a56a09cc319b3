package cn.tuanbiao.registry.national.intake;

import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides, event by event and in order, what the registry does with one batch (PROTOCOL §4): the
 * state of every subject and idempotency key the batch names is read once, under the subjects'
 * locks, and then kept up to date in memory as events apply, so a later event of the same batch
 * sees an earlier one. Only applied events take a sequence and an idempotency key; a refused event
 * leaves both free for its correction.
 */
final class EventApplier {

    private final DSLContext tx;
    private final IntakeStore store;
    private final UUID deploymentId;
    private final OffsetDateTime now;
    private final Map<UUID, AppliedVersion> appliedByKey;
    private final Map<String, SubjectState> organizations;
    private final Map<String, SubjectState> standards;
    private final Map<String, SubjectState> statements;
    private final Map<String, SubjectState> violations;
    private final Changes changes = new Changes();

    EventApplier(DSLContext tx, IntakeStore store, UUID deploymentId, OffsetDateTime now, List<Event> events) {
        this.tx = tx;
        this.store = store;
        this.deploymentId = deploymentId;
        this.now = now;
        this.appliedByKey = new HashMap<>(store.appliedVersions(tx, events.stream().map(Event::idempotencyKey).toList()));
        Set<String> organizationKeys = events.stream().map(Event::organizationKey).collect(Collectors.toSet());
        this.organizations = new HashMap<>(store.organizations(tx, organizationKeys));
        this.standards = new HashMap<>(store.standards(tx, events.stream()
                .filter(event -> event.subject() == Subject.STANDARD).map(Event::key).collect(Collectors.toSet())));
        this.statements = new HashMap<>(store.statements(tx, events.stream()
                .filter(event -> event.subject() == Subject.STATEMENT).map(Event::key).collect(Collectors.toSet())));
        this.violations = new HashMap<>(store.violations(tx, events.stream()
                .filter(event -> event.subject() == Subject.VIOLATION).map(Event::key).collect(Collectors.toSet())));
    }

    Changes changes() {
        return changes;
    }

    EventResult apply(Event event) {
        AppliedVersion byKey = appliedByKey.get(event.idempotencyKey());
        if (byKey != null) {
            return byKey.eventDigest().equals(event.eventDigest()) ? EventResult.alreadyApplied(event, byKey)
                    : EventResult.refused(event, "IDEMPOTENCY_KEY_REUSED", "该幂等键已用于内容不同的另一事件");
        }
        if (event.subject() == Subject.STANDARD && event.key().indexOf(':') != 18) {
            return EventResult.fieldInvalid(event, new FieldViolation("key", "标准的键应为“统一社会信用代码:标准标识”"));
        }
        if (event.subject() == Subject.STATEMENT && !ContentRules.STATEMENT_KEY.matcher(event.key()).matches()) {
            return EventResult.fieldInvalid(event, new FieldViolation("key", "良好行为声明的键应为“统一社会信用代码:statement:年度”"));
        }
        if (event.subject() == Subject.VIOLATION && !ContentRules.VIOLATION_KEY.matcher(event.key()).matches()) {
            return EventResult.fieldInvalid(event, new FieldViolation("key", "违规处理的键应为“统一社会信用代码:violation:处理标识”"));
        }
        SubjectState organization = organizations.get(event.organizationKey());
        SubjectState state = event.subject() == Subject.ORGANIZATION ? organization : states(event.subject()).get(event.key());
        boolean organizationChecked = event.subject() == Subject.ORGANIZATION || event.subject().requiresProfile();
        if (ownedByAnother(state) || (organizationChecked && ownedByAnother(organization))) {
            return EventResult.refused(event, "NOT_YOUR_SUBJECT", "该团体或标准由另一个部署登记，此部署不能更改");
        }
        int last = state == null ? 0 : state.lastSequence();
        if (event.sequence() <= last) {
            return alreadyTaken(event, last);
        }
        if (event.sequence() > last + 1) {
            return EventResult.outOfOrder(event, last + 1);
        }
        Optional<FieldViolation> violation = ContentRules.check(event)
                .or(() -> firstOfAStandard(event, last))
                .or(() -> firstOfAStatement(event, last))
                .or(() -> firstOfAViolation(event, last));
        if (violation.isPresent()) {
            return EventResult.fieldInvalid(event, violation.get());
        }
        if (event.subject().requiresProfile() && organization == null) {
            return EventResult.refused(event, "UNKNOWN_ORGANIZATION", event.subject() == Subject.STANDARD
                    ? "标准所属团体的信息（PROFILE 事件）尚未登记，请先发送团体信息"
                    : "声明所属团体的信息（PROFILE 事件）尚未登记，请先发送团体信息");
        }
        return applied(event);
    }

    private EventResult applied(Event event) {
        AppliedVersion version = new AppliedVersion(event.idempotencyKey(), event.subject(), event.key(),
                event.sequence(), event.eventDigest(), event.contentHash(), UUID.randomUUID(), now);
        changes.add(event, version);
        appliedByKey.put(event.idempotencyKey(), version);
        SubjectState state = new SubjectState(deploymentId, event.sequence());
        (event.subject() == Subject.ORGANIZATION ? organizations : states(event.subject())).put(event.key(), state);
        return EventResult.applied(event, version);
    }

    /** A new key for a sequence already applied: a resend of the same content, or a conflict the relay must resolve. */
    private EventResult alreadyTaken(Event event, int last) {
        Optional<AppliedVersion> stored = changes.versions.stream()
                .filter(v -> v.subject() == event.subject() && v.key().equals(event.key()) && v.sequence() == event.sequence())
                .findFirst()
                .or(() -> store.version(tx, event.subject(), event.key(), event.sequence()));
        return stored.filter(version -> version.contentHash().equals(event.contentHash()))
                .map(version -> EventResult.alreadyApplied(event, version))
                .orElseGet(() -> EventResult.outOfOrder(event, last + 1));
    }

    private static Optional<FieldViolation> firstOfAStandard(Event event, int last) {
        if (event.subject() != Subject.STANDARD) {
            return Optional.empty();
        }
        boolean first = last == 0;
        if (first != EventType.FIRST_OF_A_STANDARD.contains(event.type())) {
            return Optional.of(new FieldViolation("type", first
                    ? "标准的第一个事件应为 PUBLISHED 或 REVISED" : "PUBLISHED 与 REVISED 只能是标准的第一个事件"));
        }
        return Optional.empty();
    }

    /** A statement's first event is STATED, and STATED is only ever its first (PUB-2). */
    private static Optional<FieldViolation> firstOfAStatement(Event event, int last) {
        if (event.subject() != Subject.STATEMENT) {
            return Optional.empty();
        }
        boolean first = last == 0;
        if (first != (event.type() == EventType.STATED)) {
            return Optional.of(new FieldViolation("type", first
                    ? "良好行为声明的第一个事件应为 STATED" : "STATED 只能是良好行为声明的第一个事件，再次提交应为 UPDATED"));
        }
        return Optional.empty();
    }

    /** A violation's first event is DECIDED (the decision made public), and DECIDED is only ever its first (PUB-4). */
    private static Optional<FieldViolation> firstOfAViolation(Event event, int last) {
        if (event.subject() != Subject.VIOLATION) {
            return Optional.empty();
        }
        boolean first = last == 0;
        if (first != (event.type() == EventType.DECIDED)) {
            return Optional.of(new FieldViolation("type", first
                    ? "违规处理的第一个事件应为 DECIDED" : "DECIDED 只能是违规处理的第一个事件，更正应为 UPDATED"));
        }
        return Optional.empty();
    }

    private Map<String, SubjectState> states(Subject subject) {
        return switch (subject) {
            case STATEMENT -> statements;
            case VIOLATION -> violations;
            default -> standards;
        };
    }

    private boolean ownedByAnother(SubjectState state) {
        return state != null && !state.deploymentId().equals(deploymentId);
    }
}
