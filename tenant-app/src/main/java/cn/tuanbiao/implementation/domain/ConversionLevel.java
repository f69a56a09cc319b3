package cn.tuanbiao.implementation.domain;

/** The kind of standard a group standard is proposed to become (LC-8). */
public enum ConversionLevel {
    /** 国家标准 */
    NATIONAL,
    /** 行业标准 */
    INDUSTRY,
    /** 地方标准 */
    LOCAL
}
