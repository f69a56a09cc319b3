package cn.tuanbiao.standards.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The organization's standards work at a glance, for its dashboard: projects by stage, what
 * awaits the person looking, and the periodic reviews that are overdue or fall due soon (LC-6).
 */
public record StandardsOverview(Map<Stage, Integer> byStage, int awaitingMe, int reviewsOverdue, int reviewsDueSoon) {

    public StandardsOverview {
        byStage = Map.copyOf(byStage.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(byStage));
    }

    public int inProgress() {
        return byStage.entrySet().stream().filter(e -> e.getKey().beforePublication() && e.getKey() != Stage.TERMINATED)
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int published() {
        return byStage.getOrDefault(Stage.PUBLISHED, 0);
    }
}
