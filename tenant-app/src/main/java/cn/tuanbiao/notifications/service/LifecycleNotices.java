package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.standards.domain.NextAction;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.standards.service.StepFollowUp;
import cn.tuanbiao.users.domain.Actor;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * After each lifecycle step, tells the people who must act next (LC-1; {@link NextAction}): the
 * roles that move the project on from its new stage, all but whoever just acted, in the step's
 * own transaction. A published standard's next action, its periodic review years later, is the
 * deadline scan's to remind of; an ended project has none.
 */
@Singleton
class LifecycleNotices implements StepFollowUp {

    private final Notifications notifications;

    LifecycleNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void stepTaken(Actor actor, Step step) {
        StandardProject project = step.project();
        NextAction next = NextAction.of(project);
        if (next == null || project.stage() == Stage.PUBLISHED || next.who().isEmpty()) {
            return;
        }
        notifications.notify(actor.tenant(), Recipients.roles(next.who()).except(actor.person()),
                NotificationKind.ACTION_REQUIRED, SubjectLink.standard(project.id().value()),
                Map.of("title", project.subject().titleZh(), "stage", "stage." + project.stage().name(),
                        "action", "action." + next.action()));
    }
}
