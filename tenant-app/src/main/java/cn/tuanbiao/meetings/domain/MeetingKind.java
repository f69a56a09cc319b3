package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.standards.domain.DecisionStep;

/** What a meeting is for (PART-3), which decides whose meeting it can be (ORG-3) and which steps its decisions enable. */
public enum MeetingKind {
    /** 理事会（常务理事会、会员大会）会议: a decision body's meeting; approves standards for publication. */
    COUNCIL(BodyKind.DECISION, DecisionStep.APPROVAL),
    /** 秘书处（标准化管理委员会）会议: the coordination body's meeting; approves projects. */
    COORDINATION(BodyKind.COORDINATION, DecisionStep.PROJECT_APPROVAL),
    /** 技术审查会: reviews a draft; any body may hold it, its consensus passes the technical review. */
    TECHNICAL_REVIEW(null, DecisionStep.TECHNICAL_REVIEW_CONSENSUS),
    /** 工作组会议: a drafting body's meeting; its decisions enable no lifecycle step. */
    WORKING_GROUP(BodyKind.DRAFTING, null);

    private final BodyKind heldBy;
    private final DecisionStep enables;

    MeetingKind(BodyKind heldBy, DecisionStep enables) {
        this.heldBy = heldBy;
        this.enables = enables;
    }

    /** Whether a body of {@code kind} holds meetings of this kind. */
    public boolean heldBy(BodyKind kind) {
        return heldBy == null || heldBy == kind;
    }

    /** Whether a decision of a meeting of this kind can enable {@code step}. */
    public boolean enables(DecisionStep step) {
        return step == enables;
    }
}
