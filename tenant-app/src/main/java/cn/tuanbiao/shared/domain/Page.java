package cn.tuanbiao.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that grids and API clients can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into another shape (a view for the API, say). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
