package cn.tuanbiao.shared.domain;

/** Which slice of a list to return; every list in the product is paged, never loaded whole. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException(FieldProblem.of("offset", "FORMAT", "validation.notNegative"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(FieldProblem.of("limit", "FORMAT", "validation.between", 1, MAX_LIMIT));
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
