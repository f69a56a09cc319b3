package cn.tuanbiao.innovation.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;

/**
 * A centre's file at its innovation base (SUP-5): the state machine of 004 第15-21条 and 第35条.
 * Each transition checks its rule and refuses with SUP-5; records are immutable, a transition
 * returns the file after it. The windows are computed from its dates by {@link ConstructionSchedule}.
 *
 * @param base                     the innovation base, whose tenant holds the file
 * @param centre                   the centre organization
 * @param extensionRequestedMonths a pending extension request's months, else null
 * @param extensionMonths          the approved extension (0 when none)
 * @param failedAcceptances        0 or 1 (a second failure revokes)
 * @param pendingName              a renaming awaiting the base's approval, else null
 */
public record CentreFile(CentreFileId id, TenantId base, TenantId centre, CentreType type, String name,
                         CentreStage stage, String stageReason, LocalDate appliedOn, String returnedReasons,
                         String reviewConclusion, LocalDate approvedOn, String approvalReference,
                         LocalDate planSubmittedOn, LocalDate acceptanceRequestedOn, LocalDate extensionRequestedOn,
                         Integer extensionRequestedMonths, String extensionReason, int extensionMonths,
                         int failedAcceptances, LocalDate lastFailedOn, LocalDate establishedOn,
                         LocalDate rectificationDue, String pendingName, LocalDate revokedOn, long version) {

    public static final String RULE = "SUP-5";
    public static final int MAX_NAME = 200;

    /** The base registers a centre's application (申报书 and 申报方案 follow as documents). */
    public static CentreFile apply(TenantId base, TenantId centre, CentreType type, String name, LocalDate today) {
        Problems problems = new Problems();
        String cleanName = problems.required("name", name, MAX_NAME);
        if (type == null) {
            problems.add(FieldProblem.of("centreType", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        return new CentreFile(CentreFileId.random(), base, centre, type, cleanName, CentreStage.APPLIED, null, today,
                null, null, null, null, null, null, null, null, null, 0, 0, null, null, null, null, null, 0);
    }

    /** 形式审查: complete → expert review; incomplete → returned with its reasons (004 第15条). */
    public CentreFile formalCheck(boolean complete, String reasons) {
        require(CentreStage.APPLIED, "centre.notAwaitingFormalCheck");
        if (complete) {
            return with(b -> {
                b.stage = CentreStage.EXPERT_REVIEW;
                b.returnedReasons = null;
                b.stageReason = null;
            });
        }
        Problems problems = new Problems();
        String why = problems.required("reasons", reasons, 4000);
        problems.throwIfAny();
        return with(b -> {
            b.stage = CentreStage.RETURNED;
            b.returnedReasons = why;
            b.stageReason = why;
        });
    }

    /** The completed application comes back for a new formal check. */
    public CentreFile resubmitApplication() {
        require(CentreStage.RETURNED, "centre.notReturned");
        return with(b -> {
            b.stage = CentreStage.APPLIED;
            b.stageReason = null;
        });
    }

    /** Expert opinions are recorded while the experts review the application (004 第15条). */
    public void requireExpertReview() {
        require(CentreStage.EXPERT_REVIEW, "centre.notInExpertReview");
    }

    /** The committee's conclusion, on the strength of at least one expert opinion (004 第15条). */
    public CentreFile concludeReview(boolean passed, String conclusion, int opinions) {
        requireExpertReview();
        if (opinions < 1) {
            throw new LifecycleRefusal(RULE, "centre.noExpertOpinions");
        }
        Problems problems = new Problems();
        String text = problems.required("conclusion", conclusion, 4000);
        problems.throwIfAny();
        return with(b -> {
            b.stage = passed ? CentreStage.REVIEWED : CentreStage.NOT_APPROVED;
            b.reviewConclusion = text;
            b.stageReason = passed ? null : text;
        });
    }

    /** 批准筹建: the base approves building the centre, which starts every window (004 第15-17条). */
    public CentreFile approveConstruction(LocalDate on, String reference, LocalDate today) {
        require(CentreStage.REVIEWED, "centre.notReviewed");
        Problems problems = new Problems();
        String ref = problems.required("approvalReference", reference, 120);
        if (on == null) {
            problems.add(FieldProblem.of("approvedOn", "FORMAT", "validation.required"));
        } else if (on.isAfter(today)) {
            problems.add(FieldProblem.of("approvedOn", RULE, "centre.dateInFuture"));
        }
        problems.throwIfAny();
        return with(b -> {
            b.stage = CentreStage.UNDER_CONSTRUCTION;
            b.approvedOn = on;
            b.approvalReference = ref;
            b.stageReason = null;
        });
    }

    /** The base declines to approve an application the experts passed. */
    public CentreFile decline(String reason) {
        require(CentreStage.REVIEWED, "centre.notReviewed");
        Problems problems = new Problems();
        String why = problems.required("reason", reason, 4000);
        problems.throwIfAny();
        return with(b -> {
            b.stage = CentreStage.NOT_APPROVED;
            b.stageReason = why;
        });
    }

    /** 建设方案, due two months after the approval; a late plan is still taken, and shown late (004 第16条). */
    public CentreFile submitConstructionPlan(LocalDate today) {
        if (stage != CentreStage.UNDER_CONSTRUCTION) {
            throw new LifecycleRefusal(RULE, "centre.notUnderConstruction");
        }
        return planSubmittedOn != null ? this : with(b -> b.planSubmittedOn = today);
    }

    /**
     * 验收申请: during construction, with the construction plan in, until the construction period
     * ends (004 第18条); after a failed acceptance, once more within six months (004 第20条).
     */
    public CentreFile requestAcceptance(LocalDate today) {
        ConstructionSchedule schedule = ConstructionSchedule.of(this);
        if (stage == CentreStage.UNDER_CONSTRUCTION) {
            if (planSubmittedOn == null) {
                throw new LifecycleRefusal(RULE, "centre.planMissing");
            }
            if (today.isAfter(schedule.constructionEnd())) {
                throw new LifecycleRefusal(RULE, "centre.constructionPeriodOver", schedule.constructionEnd().toString());
            }
        } else if (stage == CentreStage.ACCEPTANCE_FAILED) {
            if (today.isAfter(schedule.resubmissionBy())) {
                throw new LifecycleRefusal(RULE, "centre.resubmissionWindowOver", schedule.resubmissionBy().toString());
            }
        } else {
            throw new LifecycleRefusal(RULE, "centre.cannotRequestAcceptance");
        }
        return with(b -> {
            b.stage = CentreStage.ACCEPTANCE_REQUESTED;
            b.acceptanceRequestedOn = today;
            b.extensionRequestedOn = null;
            b.extensionRequestedMonths = null;
            b.extensionReason = null;
            b.stageReason = null;
        });
    }

    /**
     * 延期申请: once, during construction, no later than one month before the original due date,
     * for at most six months (004 第19条).
     */
    public CentreFile requestExtension(int months, String reason, LocalDate today) {
        if (stage != CentreStage.UNDER_CONSTRUCTION) {
            throw new LifecycleRefusal(RULE, "centre.notUnderConstruction");
        }
        if (extensionMonths > 0 || extensionRequestedMonths != null) {
            throw new LifecycleRefusal(RULE, "centre.extensionOnlyOnce");
        }
        LocalDate by = ConstructionSchedule.of(this).extensionRequestBy();
        if (today.isAfter(by)) {
            throw new LifecycleRefusal(RULE, "centre.extensionTooLate", by.toString());
        }
        Problems problems = new Problems();
        String why = problems.required("reason", reason, 4000);
        if (months < 1 || months > ConstructionSchedule.MAX_EXTENSION_MONTHS) {
            problems.add(FieldProblem.of("months", RULE, "centre.extensionTooLong", ConstructionSchedule.MAX_EXTENSION_MONTHS));
        }
        problems.throwIfAny();
        return with(b -> {
            b.extensionRequestedOn = today;
            b.extensionRequestedMonths = months;
            b.extensionReason = why;
        });
    }

    /** The base approves (the construction period grows by the months asked) or refuses the extension. */
    public CentreFile decideExtension(boolean approved, String reason) {
        if (extensionRequestedMonths == null || stage != CentreStage.UNDER_CONSTRUCTION) {
            throw new LifecycleRefusal(RULE, "centre.noExtensionRequested");
        }
        int months = extensionRequestedMonths;
        return with(b -> {
            b.extensionMonths = approved ? months : 0;
            b.extensionRequestedMonths = null;
            b.stageReason = approved ? null : reason;
        });
    }

    /**
     * 验收: passed → established; failed → one re-submission within six months, unless this is the
     * second failure or the construction period was extended, which revokes (004 第19-20条).
     */
    public CentreFile recordAcceptance(boolean passed, String opinion, LocalDate on) {
        require(CentreStage.ACCEPTANCE_REQUESTED, "centre.noAcceptanceRequested");
        Problems problems = new Problems();
        String text = problems.required("opinion", opinion, 4000);
        problems.throwIfAny();
        if (passed) {
            return with(b -> {
                b.stage = CentreStage.ESTABLISHED;
                b.establishedOn = on;
                b.stageReason = text;
            });
        }
        boolean revokes = failedAcceptances >= 1 || extensionMonths > 0;
        return with(b -> {
            b.failedAcceptances = Math.min(failedAcceptances + 1, 2);
            b.lastFailedOn = on;
            b.stageReason = text;
            if (revokes) {
                b.stage = CentreStage.REVOKED;
                b.revokedOn = on;
            } else {
                b.stage = CentreStage.ACCEPTANCE_FAILED;
            }
        });
    }

    /** 变更名称: the centre asks, the base approves (004 第21条). */
    public CentreFile requestRename(String newName) {
        if (stage.terminal() || stage == CentreStage.APPLIED || stage == CentreStage.RETURNED) {
            throw new LifecycleRefusal(RULE, "centre.cannotRename");
        }
        if (pendingName != null) {
            throw new LifecycleRefusal(RULE, "centre.renamePending");
        }
        Problems problems = new Problems();
        String clean = problems.required("name", newName, MAX_NAME);
        problems.throwIfAny();
        if (clean.equals(name)) {
            throw new InvalidInputException(FieldProblem.of("name", RULE, "centre.sameName"));
        }
        return with(b -> b.pendingName = clean);
    }

    public CentreFile decideRename(boolean approved) {
        if (pendingName == null) {
            throw new LifecycleRefusal(RULE, "centre.noRenameRequested");
        }
        return with(b -> {
            if (approved) {
                b.name = pendingName;
            }
            b.pendingName = null;
        });
    }

    /**
     * A periodic evaluation or a spot check of an established centre (004 第33-34条); a failed one
     * sets a rectification deadline (004 第35条).
     */
    public CentreFile evaluate(EvaluationKind kind, boolean passed, LocalDate heldOn, LocalDate rectificationBy) {
        if (kind == EvaluationKind.RECTIFICATION_CHECK) {
            throw new IllegalArgumentException("a rectification check is recorded with checkRectification");
        }
        require(CentreStage.ESTABLISHED, "centre.notEstablished");
        if (passed) {
            return this;
        }
        if (rectificationBy == null || !rectificationBy.isAfter(heldOn)) {
            throw new InvalidInputException(FieldProblem.of("rectificationDue", RULE, "centre.rectificationDueRequired"));
        }
        return with(b -> {
            b.stage = CentreStage.RECTIFICATION;
            b.rectificationDue = rectificationBy;
        });
    }

    /** After the rectification: passing restores the centre, failing revokes it (004 第35条). */
    public CentreFile checkRectification(boolean passed, String findings, LocalDate on) {
        require(CentreStage.RECTIFICATION, "centre.notInRectification");
        return with(b -> {
            b.stage = passed ? CentreStage.ESTABLISHED : CentreStage.REVOKED;
            b.rectificationDue = null;
            b.stageReason = findings;
            if (!passed) {
                b.revokedOn = on;
            }
        });
    }

    /**
     * 撤销 by the base, only on the policy's grounds: the construction period (extended or not) ran
     * out, the six months for a re-submission ran out, or the rectification deadline passed (004
     * 第19-20条, 第35条). Failed acceptances and rectification checks revoke by themselves.
     */
    public CentreFile revoke(String reason, LocalDate today) {
        ConstructionSchedule schedule = ConstructionSchedule.of(this);
        boolean grounds = switch (stage) {
            case UNDER_CONSTRUCTION -> today.isAfter(schedule.constructionEnd());
            case ACCEPTANCE_FAILED -> today.isAfter(schedule.resubmissionBy());
            case RECTIFICATION -> rectificationDue != null && today.isAfter(rectificationDue);
            default -> false;
        };
        if (!grounds) {
            throw new LifecycleRefusal(RULE, "centre.noGroundsForRevocation");
        }
        Problems problems = new Problems();
        String why = problems.required("reason", reason, 4000);
        problems.throwIfAny();
        return with(b -> {
            b.stage = CentreStage.REVOKED;
            b.revokedOn = today;
            b.stageReason = why;
        });
    }

    /** Yearly documents and achievements come from a centre approved to build and not revoked. */
    public void requireWorking() {
        if (!stage.working()) {
            throw new LifecycleRefusal(RULE, "centre.notWorking");
        }
    }

    private void require(CentreStage expected, String messageKey) {
        if (stage != expected) {
            throw new LifecycleRefusal(RULE, messageKey);
        }
    }

    private CentreFile with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** The next state, field by field; only transitions use it. */
    private static final class Builder {
        private final CentreFile f;
        String name;
        CentreStage stage;
        String stageReason;
        String returnedReasons;
        String reviewConclusion;
        LocalDate approvedOn;
        String approvalReference;
        LocalDate planSubmittedOn;
        LocalDate acceptanceRequestedOn;
        LocalDate extensionRequestedOn;
        Integer extensionRequestedMonths;
        String extensionReason;
        int extensionMonths;
        int failedAcceptances;
        LocalDate lastFailedOn;
        LocalDate establishedOn;
        LocalDate rectificationDue;
        String pendingName;
        LocalDate revokedOn;

        Builder(CentreFile f) {
            this.f = f;
            name = f.name;
            stage = f.stage;
            stageReason = f.stageReason;
            returnedReasons = f.returnedReasons;
            reviewConclusion = f.reviewConclusion;
            approvedOn = f.approvedOn;
            approvalReference = f.approvalReference;
            planSubmittedOn = f.planSubmittedOn;
            acceptanceRequestedOn = f.acceptanceRequestedOn;
            extensionRequestedOn = f.extensionRequestedOn;
            extensionRequestedMonths = f.extensionRequestedMonths;
            extensionReason = f.extensionReason;
            extensionMonths = f.extensionMonths;
            failedAcceptances = f.failedAcceptances;
            lastFailedOn = f.lastFailedOn;
            establishedOn = f.establishedOn;
            rectificationDue = f.rectificationDue;
            pendingName = f.pendingName;
            revokedOn = f.revokedOn;
        }

        CentreFile build() {
            return new CentreFile(f.id, f.base, f.centre, f.type, name, stage, stageReason, f.appliedOn, returnedReasons,
                    reviewConclusion, approvedOn, approvalReference, planSubmittedOn, acceptanceRequestedOn,
                    extensionRequestedOn, extensionRequestedMonths, extensionReason, extensionMonths, failedAcceptances,
                    lastFailedOn, establishedOn, rectificationDue, pendingName, revokedOn, f.version);
        }
    }
}
