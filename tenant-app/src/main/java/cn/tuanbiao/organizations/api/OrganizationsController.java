package cn.tuanbiao.organizations.api;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** The platform operator's onboarding of organizations (ORG-1, ORG-2). */
@Controller("/api/platform/organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Platform: organizations")
class OrganizationsController {

    private final OrganizationOnboarding onboarding;
    private final OrganizationDirectory directory;

    OrganizationsController(OrganizationOnboarding onboarding, OrganizationDirectory directory) {
        this.onboarding = onboarding;
        this.directory = directory;
    }

    @Get("{?q,kind,offset,limit}")
    @Operation(summary = "Search the organizations registry, one page at a time")
    Page<OrganizationSummary> search(Authentication auth, @Nullable @QueryValue String q,
                                     @Nullable @QueryValue OrganizationKind kind,
                                     @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "50") int limit) {
        return directory.search(Caller.of(auth), q, kind, new PageRequest(offset, limit));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Onboard an organization; every field is validated and all problems are reported")
    Organization onboard(Authentication auth, @Body OrganizationProfile profile) {
        return onboarding.onboard(Caller.of(auth), profile);
    }

    @Get("/{id}")
    Organization get(Authentication auth, @PathVariable UUID id) {
        return directory.get(Caller.of(auth), new TenantId(id));
    }

    @Post("/{id}/administrators")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Invite an administrator of the organization; answers the one-time invitation link")
    IssuedInvitation inviteAdministrator(Authentication auth, @PathVariable UUID id, @Body Invitee invitee) {
        return onboarding.inviteAdministrator(Caller.of(auth), new TenantId(id), invitee.email(), invitee.displayName());
    }

    /** Whom to invite. */
    @Serdeable
    record Invitee(String email, String displayName) {
    }
}
