package cn.tuanbiao.console.excellence.domain;

/** Which memberships a pool list shows: current (在库), exited (已退出), or all. */
public enum PoolStatus {
    CURRENT,
    EXITED,
    ALL
}
