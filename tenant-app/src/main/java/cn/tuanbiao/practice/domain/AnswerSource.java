package cn.tuanbiao.practice.domain;

/** Who gave an answer: the system from the organization's records, or a person (never overwritten by a pre-fill). */
public enum AnswerSource {
    PREFILLED,
    ENTERED
}
