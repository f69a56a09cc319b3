package cn.tuanbiao.organizations.api;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.organizations.service.OrganizationLinks;
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

import java.time.LocalDate;
import java.util.UUID;

/** The platform operator's onboarding of organizations (ORG-1, ORG-2) and their links (SUP-1, SUP-5). */
@Controller("/api/platform/organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Platform: organizations")
class OrganizationsController {

    private final OrganizationOnboarding onboarding;
    private final OrganizationDirectory directory;
    private final OrganizationLinks links;

    OrganizationsController(OrganizationOnboarding onboarding, OrganizationDirectory directory, OrganizationLinks links) {
        this.onboarding = onboarding;
        this.directory = directory;
        this.links = links;
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

    @Get("/{id}/links{?offset,limit}")
    @Operation(summary = "The organization's alliance memberships and innovation-base centres, current ones first (SUP-1, SUP-5)")
    Page<OrganizationLink> links(Authentication auth, @PathVariable UUID id, @QueryValue(defaultValue = "0") int offset,
                                 @QueryValue(defaultValue = "50") int limit) {
        return links.of(Caller.of(auth), new TenantId(id), new PageRequest(offset, limit));
    }

    @Post("/{id}/links")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Link the organization with the one of code otherCode: an alliance or a base takes it in, anyone else joins it")
    void link(Authentication auth, @PathVariable UUID id, @Body NewLink link) {
        links.join(Caller.of(auth), new TenantId(id), link.kind(), link.otherCode(), link.joinedOn());
    }

    @Post("/{id}/links/{linkId}/end")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the link ended on leftOn; the period stays in the history (SUP-1)")
    void endLink(Authentication auth, @PathVariable UUID id, @PathVariable UUID linkId, @Body EndOfLink end) {
        links.end(Caller.of(auth), new TenantId(id), linkId, end.leftOn());
    }

    /** A link to record: its kind, the other organization's code, the date it began. */
    @Serdeable
    record NewLink(@Nullable OrganizationLinkKind kind, @Nullable String otherCode, @Nullable LocalDate joinedOn) {
    }

    /** When a link ended. */
    @Serdeable
    record EndOfLink(@Nullable LocalDate leftOn) {
    }

    /** Whom to invite. */
    @Serdeable
    record Invitee(String email, String displayName) {
    }
}
