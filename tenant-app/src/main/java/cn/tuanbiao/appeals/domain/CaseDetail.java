package cn.tuanbiao.appeals.domain;

import java.util.List;

/** A case with its handling steps in order and its timeline, oldest first. */
public record CaseDetail(Case theCase, List<HandlingStep> steps, List<TimelineEntry> timeline) {

    public CaseDetail {
        steps = List.copyOf(steps);
        timeline = List.copyOf(timeline);
    }
}
