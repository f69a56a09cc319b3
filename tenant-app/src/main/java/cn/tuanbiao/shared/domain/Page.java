package cn.tuanbiao.shared.domain;

import java.util.List;

/** One page of a list, with the total so that grids and API clients can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
