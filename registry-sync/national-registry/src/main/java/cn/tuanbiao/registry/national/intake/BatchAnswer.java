package cn.tuanbiao.registry.national.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer to a processed batch: one result per event, in order (PROTOCOL §6). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record BatchAnswer(List<EventResult> results) {
}
