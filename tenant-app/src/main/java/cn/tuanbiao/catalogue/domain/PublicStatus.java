package cn.tuanbiao.catalogue.domain;

import cn.tuanbiao.standards.domain.Stage;

/**
 * What the public catalogue says of a standard (PUB-3): a draft open for public comment, or a
 * published standard in force, withdrawn or replaced. Nothing else an organization works on is public.
 */
public enum PublicStatus {
    /** 征求意见中 */
    OPEN_FOR_COMMENT,
    /** 现行 */
    IN_FORCE,
    /** 废止 */
    WITHDRAWN,
    /** 被代替 */
    REPLACED;

    public static PublicStatus of(Stage stage) {
        return switch (stage) {
            case COMMENT_PERIOD -> OPEN_FOR_COMMENT;
            case PUBLISHED -> IN_FORCE;
            case WITHDRAWN -> WITHDRAWN;
            case REPLACED -> REPLACED;
            default -> throw new IllegalArgumentException(stage + " is not public");
        };
    }
}
