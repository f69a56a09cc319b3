package cn.tuanbiao.console.alliance.domain;

/** Where a nomination to the alliance's expert pool stands (ORG-5). */
public enum ExpertStatus {
    /** 已推荐: nominated by a council member, waiting for the secretariat */
    NOMINATED,
    /** 已入库: admitted by the secretariat; members may invite the expert to their reviews */
    ADMITTED,
    /** 未入库: declined by the secretariat */
    DECLINED
}
