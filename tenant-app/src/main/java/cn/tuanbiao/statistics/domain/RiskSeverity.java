package cn.tuanbiao.statistics.domain;

/**
 * How serious an organization's risks are together (V35's compliance_severity): HIGH when a complaint
 * is overdue or a basic condition of good practice fails, MEDIUM when self-declarations are missing or
 * three or more periodic reviews are overdue, LOW otherwise.
 */
public enum RiskSeverity {
    LOW,
    MEDIUM,
    HIGH;

    /** From the stored level: 1 low, 2 medium, 3 high. */
    public static RiskSeverity ofLevel(int level) {
        return values()[level - 1];
    }
}
