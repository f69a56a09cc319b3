package cn.tuanbiao.registry.national.statistics;

import cn.tuanbiao.registry.national.shared.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /v1/statistics?from=&until=&by=region|industry|sector} (PROTOCOL §9, SUP-2): public,
 * unsigned. Dates are ISO dates in China, both inclusive; without them, the last whole calendar
 * month; {@code by} defaults to {@code region}.
 */
@Controller("/v1/statistics")
class StatisticsController {

    private final NationalStatistics statistics;
    private final Clock clock;

    StatisticsController(NationalStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> table(@Nullable @QueryValue String from, @Nullable @QueryValue String until,
                          @Nullable @QueryValue String by) {
        LocalDate firstOfThisMonth = LocalDate.now(clock.withZone(NationalStatistics.CHINA)).withDayOfMonth(1);
        Optional<LocalDate> start = date(from, firstOfThisMonth.minusMonths(1));
        Optional<LocalDate> end = date(until, firstOfThisMonth.minusDays(1));
        if (start.isEmpty()) {
            return invalid("from", "起始日期应为 YYYY-MM-DD");
        }
        if (end.isEmpty()) {
            return invalid("until", "截止日期应为 YYYY-MM-DD");
        }
        if (start.get().isAfter(end.get())) {
            return invalid("from", "起始日期不能晚于截止日期");
        }
        Optional<Dimension> dimension = Dimension.of(by == null || by.isBlank() ? "region" : by.strip());
        if (dimension.isEmpty()) {
            return invalid("by", "分组应为 region（行政区划）、industry（国民经济行业门类）或 sector（领域）");
        }
        return HttpResponse.ok(statistics.table(start.get(), end.get(), dimension.get()));
    }

    private static Optional<LocalDate> date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return Optional.of(fallback);
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static HttpResponse<Problem> invalid(String field, String message) {
        return new Problem("FIELD_INVALID", message, field).answer(HttpStatus.BAD_REQUEST);
    }
}
