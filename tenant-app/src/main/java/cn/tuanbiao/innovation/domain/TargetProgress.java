package cn.tuanbiao.innovation.domain;

/** How far a centre is with one yearly target (标准 3/5). */
public record TargetProgress(TargetKind kind, int year, int achieved, int target) {

    public boolean met() {
        return achieved >= target;
    }

    /** Between 0 and 1, for a progress bar. */
    public double fraction() {
        return target == 0 ? 1 : Math.min(1.0, achieved / (double) target);
    }
}
