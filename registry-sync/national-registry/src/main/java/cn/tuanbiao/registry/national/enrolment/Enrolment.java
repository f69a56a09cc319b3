package cn.tuanbiao.registry.national.enrolment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The registry's answer to an enrolment: the deployment's id and the id of the enrolled key ({@code {deploymentId}#{n}}). */
@Serdeable
public record Enrolment(UUID deploymentId, String keyId) {
}
