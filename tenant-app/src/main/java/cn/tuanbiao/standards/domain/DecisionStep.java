package cn.tuanbiao.standards.domain;

/**
 * The lifecycle steps a decision taken in a meeting can be the evidence for (PART-3), each with
 * the stage a project stands at when the step is taken (LC-1).
 */
public enum DecisionStep {
    /** 立项: the coordination body approves the project. */
    PROJECT_APPROVAL(Stage.PROJECT_PROPOSAL),
    /** 技术审查: the review meeting reached consensus. */
    TECHNICAL_REVIEW_CONSENSUS(Stage.TECHNICAL_REVIEW),
    /** 批准: the decision body approves the standard for publication. */
    APPROVAL(Stage.DRAFT_FOR_APPROVAL);

    private final Stage takenAt;

    DecisionStep(Stage takenAt) {
        this.takenAt = takenAt;
    }

    /** The stage the project is at when this step is taken. */
    public Stage takenAt() {
        return takenAt;
    }
}
