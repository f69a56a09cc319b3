package cn.tuanbiao.registry.national.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a batch changes, written in batched statements at the end: every new version,
 * and each subject's current row once, from its last applied event.
 */
final class Changes {

    final List<AppliedVersion> versions = new ArrayList<>();
    final List<Event> versionEvents = new ArrayList<>();
    final Map<String, Event> organizations = new LinkedHashMap<>();
    final Map<String, Event> standards = new LinkedHashMap<>();
    final Map<String, Event> statements = new LinkedHashMap<>();
    final Map<String, Event> violations = new LinkedHashMap<>();

    void add(Event event, AppliedVersion version) {
        versions.add(version);
        versionEvents.add(event);
        currentRows(event.subject()).put(event.key(), event);
    }

    Map<String, Event> currentRows(Subject subject) {
        return switch (subject) {
            case STANDARD -> standards;
            case ORGANIZATION -> organizations;
            case STATEMENT -> statements;
            case VIOLATION -> violations;
        };
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }
}
