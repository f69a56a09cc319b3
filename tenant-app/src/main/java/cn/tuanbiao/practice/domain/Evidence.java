package cn.tuanbiao.practice.domain;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What an answer rests on: a record of the organization (a policy, a standard's comment period, a
 * ballot, a call for patents, a self-declaration, a case) or a document attached as evidence, with a
 * label a reader recognizes and a detail (dates, figures); {@code reference} is the record's id.
 */
@Serdeable
public record Evidence(Kind kind, String label, UUID reference, String detail) {

    public enum Kind {
        POLICY, COMMENT_PERIOD, BALLOT, PATENT_CALL, DECLARATION, CASE, DOCUMENT,
        /** What the records lack, shown so the organization knows why nothing was proven. */
        MISSING
    }
}
