package cn.tuanbiao.declarations.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * One event of the registry protocol (PROTOCOL §4), as stored in the outbox and sent: the subject,
 * its sequence, what happened, and the declaration, profile, good-practice statement or violation notice as it
 * stands after it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryEvent(UUID idempotencyKey, String subject, String key, int sequence, String type,
                            String occurredAt, SelfDeclaration declaration, RegistryProfile profile, String replaces,
                            AmendmentPart amendment, GoodPracticeStatement statement, ViolationNotice violation) {

    /** An amendment (修改单) published on the standard: its label and the decision it rests on. */
    @Serdeable
    public record AmendmentPart(String number, String decision) {
    }
}
