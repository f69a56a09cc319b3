package cn.tuanbiao.registry.national.oai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where an incomplete list stops and what it was asked for, handed to the harvester as an opaque
 * base64url string (PROTOCOL §8). It carries the original arguments, the upper bound fixed by the
 * first request (so that a harvest ends), the last (datestamp, key) sent — keyset paging, stable
 * while events arrive —, the cursor, the list size counted by the first request, and when it was
 * issued: a token older than 24 hours is refused as badResumptionToken.
 *
 * @param verb      ListRecords, ListIdentifiers or ListSets
 * @param upper     exclusive upper bound on datestamps, epoch microseconds (lists of records)
 * @param afterTime datestamp of the last record sent, epoch microseconds (lists of records)
 * @param afterKey  standard key of the last record sent, or credit code of the last set sent
 * @param cursor    how many items the earlier responses held
 * @param size      completeListSize, counted by the first request
 * @param issued    epoch seconds
 */
@Serdeable
record ResumptionToken(int v, String verb, @Nullable String metadataPrefix, @Nullable String set,
                       @Nullable String from, @Nullable String until, long upper, long afterTime,
                       String afterKey, long cursor, long size, long issued) {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final int VERSION = 1;

    static ResumptionToken next(String verb, OaiArguments list, long upper, long afterTime, String afterKey,
                                long cursor, long size, Instant now) {
        return new ResumptionToken(VERSION, verb, list.metadataPrefix(), list.set(), list.from(), list.until(),
                upper, afterTime, afterKey, cursor, size, now.getEpochSecond());
    }

    String encode(JsonMapper json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Instant expires() {
        return Instant.ofEpochSecond(issued).plus(VALIDITY);
    }

    /** The token if {@code text} is one of ours, for {@code verb}, and still valid at {@code now}. */
    static Optional<ResumptionToken> decode(String text, String verb, JsonMapper json, Instant now) {
        ResumptionToken token;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            token = json.readValue(new String(bytes, StandardCharsets.UTF_8), ResumptionToken.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (token == null || token.v != VERSION || !verb.equals(token.verb) || token.afterKey == null
                || token.cursor < 0 || token.size < 0) {
            return Optional.empty();
        }
        Instant issuedAt = Instant.ofEpochSecond(token.issued);
        if (issuedAt.isAfter(now.plusSeconds(60)) || !token.expires().isAfter(now)) {
            return Optional.empty();
        }
        if (!verb.equals("ListSets") && (token.metadataPrefix == null || MetadataFormat.of(token.metadataPrefix).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(token);
    }
}
