package cn.tuanbiao.innovation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What can be done with a centre's file now, by the base or by the centre (SUP-5). */
public enum CentreAction {
    // the base's
    FORMAL_CHECK, EXPERT_OPINION, REVIEW_CONCLUSION, APPROVE_CONSTRUCTION, DECLINE, DECIDE_EXTENSION,
    RECORD_ACCEPTANCE, DECIDE_RENAME, EVALUATE, RECTIFICATION_CHECK, REVOKE,
    // the centre's
    RESUBMIT_APPLICATION, SUBMIT_CONSTRUCTION_PLAN, REQUEST_ACCEPTANCE, REQUEST_EXTENSION, REQUEST_RENAME,
    SUBMIT_YEARLY_DOCUMENT,
    // either
    RECORD_ACHIEVEMENT;

    /** The base's actions allowed on {@code today}. */
    public static List<CentreAction> forBase(CentreFile f, LocalDate today) {
        List<CentreAction> actions = new ArrayList<>();
        switch (f.stage()) {
            case APPLIED -> actions.add(FORMAL_CHECK);
            case EXPERT_REVIEW -> {
                actions.add(EXPERT_OPINION);
                actions.add(REVIEW_CONCLUSION);
            }
            case REVIEWED -> {
                actions.add(APPROVE_CONSTRUCTION);
                actions.add(DECLINE);
            }
            case UNDER_CONSTRUCTION -> {
                if (f.extensionRequestedMonths() != null) {
                    actions.add(DECIDE_EXTENSION);
                }
            }
            case ACCEPTANCE_REQUESTED -> actions.add(RECORD_ACCEPTANCE);
            case ESTABLISHED -> actions.add(EVALUATE);
            case RECTIFICATION -> actions.add(RECTIFICATION_CHECK);
            default -> {
            }
        }
        if (f.pendingName() != null) {
            actions.add(DECIDE_RENAME);
        }
        if (f.stage().working()) {
            actions.add(RECORD_ACHIEVEMENT);
        }
        if (revocable(f, today)) {
            actions.add(REVOKE);
        }
        return actions;
    }

    /** The centre's actions allowed on {@code today}. */
    public static List<CentreAction> forCentre(CentreFile f, LocalDate today) {
        List<CentreAction> actions = new ArrayList<>();
        ConstructionSchedule s = f.approvedOn() == null ? null : ConstructionSchedule.of(f);
        switch (f.stage()) {
            case RETURNED -> actions.add(RESUBMIT_APPLICATION);
            case UNDER_CONSTRUCTION -> {
                actions.add(SUBMIT_CONSTRUCTION_PLAN);
                if (f.planSubmittedOn() != null && !today.isAfter(s.constructionEnd())) {
                    actions.add(REQUEST_ACCEPTANCE);
                }
                if (f.extensionMonths() == 0 && f.extensionRequestedMonths() == null
                        && !today.isAfter(s.extensionRequestBy())) {
                    actions.add(REQUEST_EXTENSION);
                }
            }
            case ACCEPTANCE_FAILED -> {
                if (!today.isAfter(s.resubmissionBy())) {
                    actions.add(REQUEST_ACCEPTANCE);
                }
            }
            default -> {
            }
        }
        if (!f.stage().terminal() && f.stage() != CentreStage.APPLIED && f.stage() != CentreStage.RETURNED
                && f.pendingName() == null) {
            actions.add(REQUEST_RENAME);
        }
        if (f.stage().working()) {
            actions.add(SUBMIT_YEARLY_DOCUMENT);
            actions.add(RECORD_ACHIEVEMENT);
        }
        return actions;
    }

    private static boolean revocable(CentreFile f, LocalDate today) {
        try {
            f.revoke("x", today);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
