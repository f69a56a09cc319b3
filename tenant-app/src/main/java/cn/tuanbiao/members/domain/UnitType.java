package cn.tuanbiao.members.domain;

/** What a member unit is (ORG-4). */
public enum UnitType {
    /** 企业 */
    ENTERPRISE,
    /** 科研机构 */
    RESEARCH_INSTITUTE,
    /** 高等院校 */
    UNIVERSITY,
    /** 检测认证机构 */
    TESTING_CERTIFICATION,
    /** 政府机构 */
    GOVERNMENT_BODY,
    /** 消费者组织 */
    CONSUMER_ORGANIZATION,
    /** 其他 */
    OTHER
}
