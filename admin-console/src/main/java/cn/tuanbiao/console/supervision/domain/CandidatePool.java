package cn.tuanbiao.console.supervision.domain;

/** The two pools of a random inspection (双随机): the organizations inspected, the inspectors who inspect. */
public enum CandidatePool {
    ORGANIZATION,
    INSPECTOR
}
