package cn.tuanbiao.innovation.domain;

/** How the base checks a centre (004 第32-35条). */
public enum EvaluationKind {
    /** 定期评估 */
    PERIODIC,
    /** 现场抽查/材料审查 */
    SPOT_CHECK,
    /** 整改复查 */
    RECTIFICATION_CHECK
}
