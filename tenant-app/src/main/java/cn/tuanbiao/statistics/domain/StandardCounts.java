package cn.tuanbiao.statistics.domain;

/**
 * Public standards by their status now (PUB-1): published and in force (现行, stage PUBLISHED),
 * withdrawn (废止) and replaced (被代替).
 */
public record StandardCounts(long published, long withdrawn, long replaced) {

    public static final StandardCounts NONE = new StandardCounts(0, 0, 0);

    /** Every standard the organizations have published, whatever its status now. */
    public long total() {
        return published + withdrawn + replaced;
    }

    public StandardCounts plus(StandardCounts other) {
        return new StandardCounts(published + other.published, withdrawn + other.withdrawn, replaced + other.replaced);
    }

    /** These counts with {@code standards} more of {@code status}. */
    public StandardCounts plus(PublicStatus status, long standards) {
        return switch (status) {
            case PUBLISHED -> new StandardCounts(published + standards, withdrawn, replaced);
            case WITHDRAWN -> new StandardCounts(published, withdrawn + standards, replaced);
            case REPLACED -> new StandardCounts(published, withdrawn, replaced + standards);
        };
    }
}
