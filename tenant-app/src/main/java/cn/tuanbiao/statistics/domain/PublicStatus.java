package cn.tuanbiao.statistics.domain;

/** The statuses the national platform shows for a published standard (PUB-1); the stage of the same name. */
public enum PublicStatus {
    /** 现行: published, neither withdrawn nor replaced */
    PUBLISHED,
    /** 废止 */
    WITHDRAWN,
    /** 被代替 */
    REPLACED
}
