package cn.tuanbiao.registry.national.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One national table (PROTOCOL §9): for the period {@code from}–{@code until} (dates in China,
 * inclusive), per group and in total, the organizations registered by the end of the period, those
 * registered in it, the standards published in it and those in force at its end. A group of fewer
 * than {@code threshold} organizations is suppressed: its counts are null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatisticsTable(LocalDate from, LocalDate until, String by, int threshold, List<Group> groups, Counts total) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Group(String code, String name, Long organizations, Long organizationsRegistered,
                        Long standardsPublished, Long standardsInForce, boolean suppressed) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Counts(long organizations, long organizationsRegistered, long standardsPublished, long standardsInForce) {
    }
}
