package cn.tuanbiao.registry.national.statistics;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national monthly tables (SUP-2, PROTOCOL §9) in one aggregate statement per table: standards
 * are first counted per organization (an index-only scan of {@code standards_statistics_idx} in
 * credit-code order), then organizations with their counts are grouped by the dimension.
 *
 * <p>Suppression: a group of 1–4 organizations (by the end of the period) is suppressed — its counts
 * are null. The totals stay exact, so when exactly one group is suppressed its counts would be the
 * total minus the others; the next-smallest group (fewest organizations, then code) is suppressed
 * with it, and only the sum of the two can be worked out. Empty groups stay shown as zeros.
 */
@Singleton
class NationalStatistics {

    static final int THRESHOLD = 5;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DSLContext dsl;

    NationalStatistics(DSLContext dsl) {
        this.dsl = dsl;
    }

    StatisticsTable table(LocalDate from, LocalDate until, Dimension by) {
        // the end of the period: the start of the next day in China
        OffsetDateTime end = until.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
        Map<String, long[]> counts = new LinkedHashMap<>();
        dsl.resultQuery("""
                        with per_organization as (
                            select credit_code,
                                   count(*) filter (where published_on >= ?::date) published,
                                   count(*) filter (where withdrawn_at is null or withdrawn_at >= ?::timestamptz) in_force
                            from standards
                            where published_on <= ?::date
                            group by credit_code
                        )
                        select %s g,
                               count(*) filter (where o.registered_on <= ?::date) organizations,
                               count(*) filter (where o.registered_on between ?::date and ?::date) registered,
                               coalesce(sum(p.published), 0) published,
                               coalesce(sum(p.in_force), 0) in_force
                        from organizations o left join per_organization p on p.credit_code = o.credit_code
                        group by 1""".formatted(by.groupSql()),
                        from, end, until, until, from, until)
                .forEach(row -> counts.put(row.get(0, String.class).strip(), new long[] {
                        row.get(1, Long.class), row.get(2, Long.class), row.get(3, Long.class), row.get(4, Long.class)}));

        Map<String, String> codes = new LinkedHashMap<>(by.names());
        counts.keySet().stream().filter(code -> !codes.containsKey(code)).sorted().forEach(code -> codes.put(code, null));
        long[] total = new long[4];
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        Set<String> suppressed = suppressed(counts);
        List<StatisticsTable.Group> groups = new ArrayList<>();
        codes.forEach((code, name) -> {
            long[] c = counts.getOrDefault(code, new long[4]);
            groups.add(suppressed.contains(code)
                    ? new StatisticsTable.Group(code, name, null, null, null, null, true)
                    : new StatisticsTable.Group(code, name, c[0], c[1], c[2], c[3], false));
        });
        return new StatisticsTable(from, until, by.parameter(), THRESHOLD, groups,
                new StatisticsTable.Counts(total[0], total[1], total[2], total[3]));
    }

    /** Groups of 1–4 organizations, and the next-smallest group too when that would be only one. */
    static Set<String> suppressed(Map<String, long[]> counts) {
        Set<String> suppressed = new HashSet<>();
        counts.forEach((code, c) -> {
            if (c[0] > 0 && c[0] < THRESHOLD) {
                suppressed.add(code);
            }
        });
        if (suppressed.size() == 1) {
            counts.entrySet().stream()
                    .filter(entry -> entry.getValue()[0] > 0 && !suppressed.contains(entry.getKey()))
                    .min(Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> entry.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .ifPresent(entry -> suppressed.add(entry.getKey()));
        }
        return suppressed;
    }
}
