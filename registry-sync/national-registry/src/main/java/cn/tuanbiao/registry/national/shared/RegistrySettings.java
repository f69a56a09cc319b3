package cn.tuanbiao.registry.national.shared;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The registry's own settings: the operator's enrolment token and the public address deployments
 * sign their requests to (empty: each request's scheme and Host header).
 */
@ConfigurationProperties("tuanbiao.registry")
public record RegistrySettings(String enrolmentToken, String publicUrl) {

    public RegistrySettings {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }
}
