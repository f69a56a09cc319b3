package cn.tuanbiao.comments.domain;

import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Stage;

import java.time.LocalDate;
import java.util.UUID;

/** A draft in its comment period or resolution, with how far its comments are answered (PART-1). */
public record DraftUnderComment(UUID standard, String titleZh, Stage stage, CommentPeriod.Audience audience,
                                LocalDate closes, int comments, int open) {
}
