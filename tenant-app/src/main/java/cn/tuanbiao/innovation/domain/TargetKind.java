package cn.tuanbiao.innovation.domain;

/**
 * A centre's yearly targets (SUP-5, 004 第22条): at least 5 group standards published in the
 * base's name, 1 local standard, 1 green low-carbon pilot, and trainings — the policy asks for
 * dissemination of standards and for training of standardization staff (第22条（一）（二）),
 * so two by default.
 */
public enum TargetKind {
    /** 团体标准（以创新基地名义发布） */
    GROUP_STANDARD(5),
    /** 地方标准 */
    LOCAL_STANDARD(1),
    /** 绿色低碳标准化试点 */
    GREEN_PILOT(1),
    /** 标准宣贯与人才培训 */
    TRAINING(2);

    private final int yearlyTarget;

    TargetKind(int yearlyTarget) {
        this.yearlyTarget = yearlyTarget;
    }

    public int yearlyTarget() {
        return yearlyTarget;
    }
}
