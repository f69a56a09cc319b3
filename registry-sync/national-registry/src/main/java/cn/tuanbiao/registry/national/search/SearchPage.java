package cn.tuanbiao.registry.national.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of search results: {@code page} counts from 1, {@code total} is the number of matches. */
@Serdeable
public record SearchPage(List<StandardSummary> items, int page, int size, long total) {
}
