package cn.tuanbiao.registry.national.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** One standard in a search result: what a list shows, with the organization that published it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandardSummary(
        String standardKey,
        String number,
        String title,
        String titleEn,
        String status,
        LocalDate publishedOn,
        Organization organization) {

    @Serdeable
    public record Organization(String creditCode, String name) {
    }
}
