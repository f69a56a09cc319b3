package cn.tuanbiao.comments.domain;

import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardProject;

import java.time.LocalDate;

/** When a draft takes comments (LC-2, PART-1), and when the working group may still answer them. */
public final class CommentWindow {

    private CommentWindow() {
    }

    /** Members comment while the period runs; the public only when the period is public. */
    public static void requireOpen(StandardProject project, LocalDate today, boolean fromThePublic) {
        CommentPeriod period = project.commentPeriod();
        if (project.stage() != Stage.COMMENT_PERIOD || period == null || !period.accepts(today)) {
            throw new LifecycleRefusal("LC-2", "comments.periodNotOpen");
        }
        if (fromThePublic && period.audience() != CommentPeriod.Audience.PUBLIC) {
            throw new LifecycleRefusal("LC-2", "comments.notPublic");
        }
    }

    /** Dispositions are given, and may be revised, until the draft goes to review. */
    public static void requireResolutionOpen(StandardProject project) {
        if (project.stage() != Stage.COMMENT_PERIOD && project.stage() != Stage.COMMENT_RESOLUTION) {
            throw new LifecycleRefusal("PART-1", "comments.resolutionClosed");
        }
    }
}
