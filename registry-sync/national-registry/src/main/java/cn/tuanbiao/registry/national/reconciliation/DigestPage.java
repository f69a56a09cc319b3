package cn.tuanbiao.registry.national.reconciliation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of digests in key order; {@code next} is the {@code after} of the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DigestPage(List<Digest> items, String next) {
}
