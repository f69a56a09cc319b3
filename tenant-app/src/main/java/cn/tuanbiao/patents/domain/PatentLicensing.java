package cn.tuanbiao.patents.domain;

/** The licensing commitment a patent holder declares (PART-4). */
public enum PatentLicensing {
    /** 免费许可 */
    FREE,
    /** 公平、合理、无歧视许可 */
    FRAND,
    /** 不同意许可 */
    REFUSE
}
