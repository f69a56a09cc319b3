package cn.tuanbiao.bodies.domain;

/** What a seat holder does in a body (ORG-3). */
public enum SeatRole {
    /** 理事长/主任/组长 */
    CHAIR,
    /** 副理事长/副主任/副组长 */
    VICE_CHAIR,
    /** 秘书长 */
    SECRETARY_GENERAL,
    /** 成员/理事/委员 */
    MEMBER,
    /** 专家 */
    EXPERT,
    /** 观察员: never votes. */
    OBSERVER
}
