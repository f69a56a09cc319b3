package cn.tuanbiao.users.api;

import cn.tuanbiao.users.service.InvitationService;
import cn.tuanbiao.users.service.InvitationService.InvitationPreview;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accepting an invitation needs no account yet: the secret link is the credential. */
@Controller("/api/invitations/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Invitations")
class InvitationsController {

    private final InvitationService invitations;

    InvitationsController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Get
    InvitationPreview preview(@PathVariable String token) {
        return invitations.preview(token);
    }

    @Post("/accept")
    Accepted accept(@PathVariable String token, @Body Acceptance acceptance) {
        return new Accepted(invitations.accept(token, acceptance.displayName(), acceptance.password()).toString());
    }

    @Serdeable
    record Acceptance(@Nullable String displayName, String password) {
    }

    @Serdeable
    record Accepted(String personId) {
    }
}
