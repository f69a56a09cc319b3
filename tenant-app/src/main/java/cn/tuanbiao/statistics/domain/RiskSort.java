package cn.tuanbiao.statistics.domain;

/** How the risk list is ordered: most severe first (then most risks), or most risks first (then most severe). */
public enum RiskSort {
    SEVERITY,
    TOTAL
}
