package cn.tuanbiao.users.api;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.domain.PendingInvitation;
import cn.tuanbiao.users.service.MemberService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/**
 * An organization's profile, users and roles. The organization id in the path is only a
 * claim: every call checks, under that organization's tenant, that the caller has a role there.
 */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organization: users and roles")
class OrganizationUsersController {

    private final MemberService members;
    private final OrganizationDirectory directory;

    OrganizationUsersController(MemberService members, OrganizationDirectory directory) {
        this.members = members;
        this.directory = directory;
    }

    @Get
    @Operation(summary = "The organization's registration profile, for its members")
    Organization profile(Authentication auth, @PathVariable UUID organizationId) {
        return directory.own(Caller.of(auth), new TenantId(organizationId));
    }

    @Get("/users{?q,offset,limit}")
    Page<Member> users(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue String q,
                       @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return members.list(Caller.of(auth), new TenantId(organizationId), q, new PageRequest(offset, limit));
    }

    @Get("/invitations{?offset,limit}")
    Page<PendingInvitation> invitations(Authentication auth, @PathVariable UUID organizationId,
                                        @QueryValue(defaultValue = "0") int offset,
                                        @QueryValue(defaultValue = "50") int limit) {
        return members.pendingInvitations(Caller.of(auth), new TenantId(organizationId), new PageRequest(offset, limit));
    }

    @Post("/invitations")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Invite a person with roles (administrators only); answers the one-time link")
    IssuedInvitation invite(Authentication auth, @PathVariable UUID organizationId, @Body InvitationRequest request) {
        return members.invite(Caller.of(auth), new TenantId(organizationId), request.email(), request.displayName(),
                request.roles());
    }

    @Put("/users/{personId}/roles")
    Member changeRoles(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID personId,
                       @Body RolesRequest request) {
        return members.changeRoles(Caller.of(auth), new TenantId(organizationId), new PersonId(personId), request.roles());
    }

    @Put("/users/{personId}/status")
    Member changeStatus(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID personId,
                        @Body StatusRequest request) {
        return members.setStatus(Caller.of(auth), new TenantId(organizationId), new PersonId(personId), request.status());
    }

    @Serdeable
    record InvitationRequest(String email, String displayName, Set<OrganizationRole> roles) {
    }

    @Serdeable
    record RolesRequest(Set<OrganizationRole> roles) {
    }

    @Serdeable
    record StatusRequest(MembershipStatus status) {
    }
}
