package cn.tuanbiao.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The REST API's OpenAPI description, generated at build time and served at
 * {@code /swagger/tuanbiao-0.1.yml}. Sign in with {@code POST /login}
 * ({@code {"username": …, "password": …}}) and send the access token as a bearer token.
 */
@OpenAPIDefinition(
        info = @Info(title = "tuanbiao", version = "0.1",
                description = "团标通 — the group-standard platform's REST API. Errors answer in the "
                        + "language of Accept-Language (zh-CN by default) and name each refused field and rule."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDefinition {

    private ApiDefinition() {
    }
}
