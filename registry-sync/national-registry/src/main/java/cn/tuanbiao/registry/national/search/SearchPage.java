package cn.tuanbiao.registry.national.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of search results: {@code page} counts from 1, {@code total} is the number of matches. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchPage(List<StandardSummary> items, int page, int size, long total) {
}
