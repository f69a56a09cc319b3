package cn.tuanbiao.policies.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One adopted version of a policy (ORG-6): its text (a document version), the decision body that
 * adopted it, when, under which decision, and from when it applies.
 */
public record PolicyVersion(UUID policy, int version, UUID documentId, int documentVersion, String fileName,
                            UUID adoptedByBody, String adoptedByBodyName, LocalDate adoptedOn, String decisionReference,
                            LocalDate inForceFrom, String recordedByName, Instant recordedAt) {
}
