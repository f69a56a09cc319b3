package cn.tuanbiao.standards.domain;

import cn.tuanbiao.users.domain.OrganizationRole;

import java.time.LocalDate;
import java.util.Set;

/** Who must act next on a project, what they do, and by when (if a date binds them). */
public record NextAction(Set<OrganizationRole> who, String action, LocalDate due) {

    public NextAction {
        who = Set.copyOf(who);
    }

    /** The next action of {@code project}, or null when nothing is pending (terminated, withdrawn, replaced). */
    public static NextAction of(StandardProject project) {
        Stage stage = project.stage();
        return switch (stage) {
            case COMMENT_PERIOD -> new NextAction(actorsAt(stage), actionAt(stage), project.commentPeriod().closes());
            case PUBLISHED -> new NextAction(actorsAt(stage), actionAt(stage), project.publication().reviewDue());
            case WITHDRAWN, REPLACED, TERMINATED -> null;
            default -> new NextAction(actorsAt(stage), actionAt(stage), null);
        };
    }

    /** The roles that move a project on from {@code stage}; none once it has ended. */
    public static Set<OrganizationRole> actorsAt(Stage stage) {
        Set<OrganizationRole> drafters = Set.of(OrganizationRole.WORKING_GROUP_MEMBER, OrganizationRole.SECRETARIAT);
        Set<OrganizationRole> secretariat = Set.of(OrganizationRole.SECRETARIAT);
        return switch (stage) {
            case PROPOSAL, DRAFTING, COMMENT_RESOLUTION, REVIEW_PASSED -> drafters;
            case DRAFT_FOR_APPROVAL -> Set.of(OrganizationRole.COUNCIL_MEMBER);
            case WITHDRAWN, REPLACED, TERMINATED -> Set.of();
            default -> secretariat;
        };
    }

    /** The stages at which a person with {@code roles} has something to do. */
    public static Set<Stage> stagesAwaiting(Set<OrganizationRole> roles) {
        return java.util.Arrays.stream(Stage.values())
                .filter(stage -> actorsAt(stage).stream().anyMatch(roles::contains))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Stage.class)));
    }

    private static String actionAt(Stage stage) {
        return switch (stage) {
            case PROPOSAL -> "SUBMIT_PROJECT_PROPOSAL";
            case PROJECT_PROPOSAL -> "APPROVE_PROJECT";
            case PROJECT_APPROVED -> "ANNOUNCE_PLAN";
            case PLAN_ANNOUNCED -> "START_DRAFTING";
            case DRAFTING -> "SUBMIT_DRAFT_FOR_COMMENT";
            case DRAFT_FOR_COMMENT -> "OPEN_COMMENT_PERIOD";
            case COMMENT_PERIOD -> "CLOSE_COMMENT_PERIOD";
            case COMMENT_RESOLUTION -> "SUBMIT_DRAFT_FOR_REVIEW";
            case DRAFT_FOR_REVIEW -> "START_TECHNICAL_REVIEW";
            case TECHNICAL_REVIEW -> "RECORD_REVIEW_OUTCOME";
            case REVIEW_PASSED -> "SUBMIT_DRAFT_FOR_APPROVAL";
            case DRAFT_FOR_APPROVAL -> "APPROVE";
            case APPROVED -> "PUBLISH";
            case PUBLISHED -> "PERIODIC_REVIEW";
            case WITHDRAWN, REPLACED, TERMINATED -> null;
        };
    }
}
