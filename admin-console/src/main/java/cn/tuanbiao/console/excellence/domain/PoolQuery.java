package cn.tuanbiao.console.excellence.domain;

/** The pool list's filters, each optional: status (current by default), entry year, part of the name. */
public record PoolQuery(PoolStatus status, Integer entryYear, String name) {

    public static final PoolQuery CURRENT = new PoolQuery(PoolStatus.CURRENT, null, null);

    public PoolQuery {
        status = status == null ? PoolStatus.CURRENT : status;
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
