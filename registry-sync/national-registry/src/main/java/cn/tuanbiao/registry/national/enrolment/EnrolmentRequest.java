package cn.tuanbiao.registry.national.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a deployment sends to enrol: its name, its Ed25519 public key (base64 X.509), and its id when it has one. */
@Serdeable
public record EnrolmentRequest(@Nullable String name, @Nullable String publicKey, @Nullable String deploymentId) {
}
