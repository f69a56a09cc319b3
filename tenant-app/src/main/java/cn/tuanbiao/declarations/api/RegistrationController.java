package cn.tuanbiao.declarations.api;

import cn.tuanbiao.declarations.service.RegistrationCorrections;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** The operator corrects an organization's registration; its registry profile follows (ORG-2, PUB-1). */
@Controller("/api/platform/organizations/{organizationId}/registration")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organizations")
class RegistrationController {

    private final RegistrationCorrections corrections;

    RegistrationController(RegistrationCorrections corrections) {
        this.corrections = corrections;
    }

    @Put
    @Operation(summary = "Correct the name, region and industry; the national registry receives the new profile")
    RegistrationView correct(Authentication auth, @PathVariable UUID organizationId, @Body CorrectionRequest body) {
        Organization o = corrections.correct(Caller.of(auth), new TenantId(organizationId),
                new RegistrationCorrections.Correction(body.nameZh(), body.regionCode(), body.industryCode()));
        return new RegistrationView(o.id().value().toString(), o.nameZh(), o.region().value(), o.industry().value());
    }

    @Serdeable
    record CorrectionRequest(@Nullable String nameZh, @Nullable String regionCode, @Nullable String industryCode) {
    }

    @Serdeable
    record RegistrationView(String id, String nameZh, String regionCode, String industryCode) {
    }
}
