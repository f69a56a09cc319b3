package cn.tuanbiao.conflicts.api;

import cn.tuanbiao.conflicts.domain.InterestDeclaration;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.TenantId;
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

/** Conflict-of-interest declarations on a standard (PART-5) over REST. */
@Controller("/api/organizations/{organizationId}/standards/{id}/interests")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Conflicts of interest")
class InterestsController {

    private final ConflictsOfInterest conflicts;

    InterestsController(ConflictsOfInterest conflicts) {
        this.conflicts = conflicts;
    }

    @Get("{?offset,limit}")
    @Operation(summary = "The declarations on the standard, with who is recused")
    Page<InterestView> list(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<InterestDeclaration> page = conflicts.ofStandard(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id), new PageRequest(offset, limit));
        return page.map(InterestView::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Declare the caller's own interest, once per standard; recused people cannot vote on it")
    InterestView declare(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body DeclarationRequest body) {
        return InterestView.of(conflicts.declare(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.interest(), Boolean.TRUE.equals(body.recused())));
    }

    @Serdeable
    record DeclarationRequest(@Nullable String interest, @Nullable Boolean recused) {
    }

    @Serdeable
    record InterestView(String person, @Nullable String personName, String interest, boolean recused, String declaredAt) {

        static InterestView of(InterestDeclaration d) {
            return new InterestView(d.person().toString(), d.personName(), d.interest(), d.recused(),
                    d.declaredAt().toString());
        }
    }
}
