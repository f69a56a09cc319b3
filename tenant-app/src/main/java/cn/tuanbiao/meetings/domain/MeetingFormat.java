package cn.tuanbiao.meetings.domain;

/** How a meeting is held (PART-3): in person at a location, or by phone, video or online through a link or dial-in. */
public enum MeetingFormat {
    /** 现场会议 */
    IN_PERSON,
    /** 电话会议 */
    PHONE,
    /** 视频会议 */
    VIDEO,
    /** 网络会议 */
    ONLINE;

    public boolean needsLocation() {
        return this == IN_PERSON;
    }
}
