package cn.tuanbiao.comments.domain;

/** What a comment is about (PART-1): 一般性, 技术性, 编辑性. */
public enum CommentType {
    GENERAL,
    TECHNICAL,
    EDITORIAL
}
