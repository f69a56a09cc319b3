package cn.tuanbiao.declarations.api;

import cn.tuanbiao.declarations.domain.Comparison;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A published standard's self-declaration (PUB-1) and its sync to the national registry, over REST. */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Self-declarations")
class DeclarationsController {

    private final SelfDeclarations declarations;

    DeclarationsController(SelfDeclarations declarations) {
        this.declarations = declarations;
    }

    @Get("/standards/{id}/declaration")
    @Operation(summary = "The self-declaration as the registry will show it, whether it is confirmed, and its sync history")
    DeclarationResponse get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return DeclarationResponse.of(declarations.view(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                PageRequest.first(50)));
    }

    @Put("/standards/{id}/declaration")
    @Operation(summary = "Save what the organization declares; once confirmed, a change is sent as a correction")
    DeclarationResponse save(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                             @Body DeclarationRequest body) {
        return DeclarationResponse.of(declarations.save(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.form()));
    }

    @Post("/standards/{id}/declaration/confirmation")
    @Operation(summary = "Make the two commitments and publish the declaration to the national registry")
    DeclarationResponse confirm(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                @Body ConfirmationRequest body) {
        return DeclarationResponse.of(declarations.confirm(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id), body.declaration().form(), body.lawfulAndTrue(), body.compliant()));
    }

    @Get("/registry-changes/rejected{?offset,limit}")
    @Operation(summary = "The organization's events the registry refused, with its reason, to correct")
    Page<ChangeView> rejected(Authentication auth, @PathVariable UUID organizationId,
                              @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<RegistryChange> page = declarations.rejected(Caller.of(auth), new TenantId(organizationId),
                new PageRequest(offset, limit));
        return page.map(ChangeView::of);
    }

    @Serdeable
    record DeclarationRequest(@Nullable DeclaredLevel level, @Nullable List<String> performanceIndicators,
                              @Nullable List<String> functionalIndicators, @Nullable List<Comparison> comparisons) {

        DeclarationForm form() {
            return new DeclarationForm(level, performanceIndicators, functionalIndicators, comparisons);
        }
    }

    @Serdeable
    record ConfirmationRequest(DeclarationRequest declaration, boolean lawfulAndTrue, boolean compliant) {
    }

    @Serdeable
    record ChangeView(String id, int sequence, String type, String state, int attempts, @Nullable String errorCode,
                      @Nullable String errorField, @Nullable String errorMessage, @Nullable String receipt,
                      String createdAt, @Nullable String acceptedAt) {

        static ChangeView of(RegistryChange c) {
            return new ChangeView(c.id().toString(), c.sequence(), c.type().name(), c.state().name(), c.attempts(),
                    c.errorCode(), c.errorField(), c.errorMessage(), c.receipt() == null ? null : c.receipt().toString(),
                    c.createdAt().toString(), c.acceptedAt() == null ? null : c.acceptedAt().toString());
        }
    }

    @Serdeable
    record DeclarationResponse(SelfDeclaration declaration, boolean confirmed, @Nullable String confirmedBy,
                               @Nullable String confirmedAt, List<ChangeView> history) {

        static DeclarationResponse of(SelfDeclarations.DeclarationView view) {
            return new DeclarationResponse(view.declaration(), view.stored().confirmed(), view.stored().confirmedByName(),
                    view.stored().confirmedAt() == null ? null : view.stored().confirmedAt().toString(),
                    view.history().items().stream().map(ChangeView::of).toList());
        }
    }
}
