package cn.tuanbiao.innovation.domain;

import cn.tuanbiao.documents.domain.StoredDocument;

import java.util.List;

/**
 * A centre's whole file as its page shows it: the file, its computed windows, the timeline, the
 * expert opinions, the year's targets, achievements, evaluations, documents, and the actions
 * allowed now to whoever reads it (the base or the centre).
 */
public record CentreFileDetail(CentreFile file, String centreCode, ConstructionSchedule schedule,
                               List<Deadline> deadlines, List<TimelineEntry> timeline, List<ExpertOpinion> opinions,
                               List<TargetProgress> targets, List<Achievement> achievements,
                               List<Evaluation> evaluations, List<StoredDocument> documents,
                               List<CentreAction> actions) {
}
