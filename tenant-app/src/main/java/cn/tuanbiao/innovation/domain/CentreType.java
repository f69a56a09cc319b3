package cn.tuanbiao.innovation.domain;

/** The two kinds of centre (004 第3条). */
public enum CentreType {
    /** 区域中心: serves a region's development strategy. */
    REGIONAL,
    /** 行业中心: serves an industry's policy. */
    INDUSTRY
}
