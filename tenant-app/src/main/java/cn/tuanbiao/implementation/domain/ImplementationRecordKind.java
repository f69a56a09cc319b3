package cn.tuanbiao.implementation.domain;

/** What is recorded about a published standard's life after publication (LC-8). */
public enum ImplementationRecordKind {
    /** 宣贯活动: a dissemination event. */
    DISSEMINATION_EVENT,
    /** 培训: a training course. */
    TRAINING,
    /** 实施反馈: feedback from those applying the standard. */
    IMPLEMENTATION_FEEDBACK,
    /** 采用记录: a unit that adopted the standard (e.g. declared it for its products). */
    ADOPTION,
    /** 转化申请: a request to convert it into a national, industry or local standard. */
    CONVERSION_REQUEST,
    /** 标志商标: use of the standard's logo as a registered trademark. */
    TRADEMARK_USE;

    public boolean isEvent() {
        return this == DISSEMINATION_EVENT || this == TRAINING;
    }

    /** Events, conversion requests and trademarks are the secretariat's and drafting bodies' to record. */
    public boolean recordedByOrganization() {
        return this != IMPLEMENTATION_FEEDBACK && this != ADOPTION;
    }
}
