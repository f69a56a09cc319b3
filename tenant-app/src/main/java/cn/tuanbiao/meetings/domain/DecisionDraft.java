package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.StandardId;

/**
 * A decision as recorded after the meeting (PART-3): its wording and, optionally, the standard it
 * concerns and the lifecycle step it enables, which must be a step this kind of meeting decides
 * (ORG-3: the coordination body approves projects, the decision body approves standards, a
 * review meeting's consensus passes the technical review).
 */
public record DecisionDraft(String text, StandardId standard, DecisionStep enables) {

    public DecisionDraft validate(MeetingKind kind) {
        Problems problems = new Problems();
        String wording = problems.required("decisionText", text, 4000);
        if (enables != null && standard == null) {
            problems.add(FieldProblem.of("standard", "PART-3", "meetings.stepNeedsStandard"));
        }
        if (enables != null && !kind.enables(enables)) {
            problems.add(FieldProblem.of("enablesStep", "ORG-3", "meetings.stepNotForThisMeeting"));
        }
        problems.throwIfAny();
        return new DecisionDraft(wording, standard, enables);
    }
}
