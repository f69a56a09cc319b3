package cn.tuanbiao.comments.domain;

/**
 * A comment as its author writes it (PART-1): the clause it is on (章条编号), its type, the comment
 * and the proposed change, and the unit the author speaks for (提出单位). Validated by the service.
 */
public record CommentDraft(String clause, CommentType type, String comment, String proposedChange, String unit) {
}
