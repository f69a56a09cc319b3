package cn.tuanbiao.users.api;

import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.service.MyOrganizationsService;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Who the caller is and which organizations they can act in. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
class MeController {

    private final MyOrganizationsService organizations;

    MeController(MyOrganizationsService organizations) {
        this.organizations = organizations;
    }

    @Get
    Me me(Authentication auth) {
        return new Me(auth.getName(), (String) auth.getAttributes().get("email"),
                (String) auth.getAttributes().get("name"), auth.getRoles().contains("OPERATOR"),
                organizations.of(Caller.of(auth)));
    }

    @Serdeable
    record Me(String id, String email, String displayName, boolean operator, List<MyOrganization> organizations) {
    }
}
