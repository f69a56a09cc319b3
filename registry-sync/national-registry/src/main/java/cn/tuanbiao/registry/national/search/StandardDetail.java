package cn.tuanbiao.registry.national.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A standard as the registry holds it: the current declaration (PUB-1) and every version with its receipt. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandardDetail(
        String standardKey,
        String number,
        String title,
        String titleEn,
        String status,
        LocalDate publishedOn,
        LocalDate inForceFrom,
        String replaces,
        StandardSummary.Organization organization,
        int sequence,
        String contentHash,
        String datestamp,
        JsonNode declaration,
        List<Version> versions) {

    /** One applied event of the standard, as the deployment's receipt names it. */
    @Serdeable
    public record Version(UUID receipt, int sequence, String type, String receivedAt, String keyId, String contentHash) {
    }
}
