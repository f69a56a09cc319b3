package cn.tuanbiao.members.domain;

/** The interest a member represents; bodies show their balance across these (ORG-4). */
public enum StakeholderCategory {
    /** 生产者 */
    PRODUCTION,
    /** 经营者 */
    DISTRIBUTION,
    /** 使用者/消费者 */
    CONSUMPTION,
    /** 教育科研 */
    EDUCATION_RESEARCH,
    /** 检测认证 */
    TESTING_CERTIFICATION,
    /** 政府 */
    GOVERNMENT
}
