package cn.tuanbiao.meetings.domain;

/** How an invitee attended (PART-3). */
public enum Attendance {
    /** 出席 */
    PRESENT,
    /** 委托代理人出席: only where the organization's meeting rules allow proxies. */
    PROXY,
    /** 缺席 */
    ABSENT,
    /** 请假 */
    EXCUSED;

    /** Present in person or through a proxy: counts towards the quorum when the invitee holds a seat. */
    public boolean attended() {
        return this == PRESENT || this == PROXY;
    }
}
