package cn.tuanbiao.patents.api;

import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentCall;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
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

/** Patent declarations and the IP register (PART-4) over REST. */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Patents")
class PatentsController {

    private final PatentRegister patents;

    PatentsController(PatentRegister patents) {
        this.patents = patents;
    }

    @Get("/patents{?offset,limit}")
    @Operation(summary = "The organization's IP register: every declaration on any of its standards, newest first")
    Page<DeclarationView> register(Authentication auth, @PathVariable UUID organizationId,
                                   @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return view(patents.register(Caller.of(auth), new TenantId(organizationId), new PageRequest(offset, limit)));
    }

    @Get("/standards/{id}/patents{?offset,limit}")
    @Operation(summary = "The patents declared on a standard")
    Page<DeclarationView> ofStandard(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                     @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return view(patents.ofStandard(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new PageRequest(offset, limit)));
    }

    @Post("/standards/{id}/patents")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Declare a patent the standard may need, with the holder's licensing commitment")
    DeclarationView declare(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                            @Body DeclarationRequest body) {
        return DeclarationView.of(patents.declare(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new DeclarationDraft(body.patentNumber(), body.patentTitle(), body.holder(), body.licensing(),
                        body.declarantName(), body.declarantContact())));
    }

    @Post("/patents/{declarationId}/refusal-decision")
    @Operation(summary = "Record the decision about a refusal to license; until then the standard cannot be approved")
    DeclarationView decide(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID declarationId,
                           @Body DecisionRequest body) {
        return DeclarationView.of(patents.decideOnRefusal(Caller.of(auth), new TenantId(organizationId), declarationId,
                body.decision()));
    }

    @Get("/standards/{id}/patent-calls{?offset,limit}")
    @Operation(summary = "The calls for patent disclosure issued on a standard (at drafting, at review, or by the secretariat)")
    Page<CallView> calls(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<PatentCall> page = patents.calls(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new PageRequest(offset, limit));
        return page.map(CallView::of);
    }

    @Post("/standards/{id}/patent-calls")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Issue another call for patent disclosure on a standard in work, notifying every member (secretariat)")
    CallView issueCall(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return CallView.of(patents.issueCall(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    private static Page<DeclarationView> view(Page<PatentDeclaration> page) {
        return page.map(DeclarationView::of);
    }

    @Serdeable
    record DeclarationRequest(@Nullable String patentNumber, @Nullable String patentTitle, @Nullable String holder,
                              @Nullable PatentLicensing licensing, @Nullable String declarantName,
                              @Nullable String declarantContact) {
    }

    @Serdeable
    record CallView(String id, String standardId, String stage, String issuedBy, String issuedAt, int membersNotified) {

        static CallView of(PatentCall c) {
            return new CallView(c.id().toString(), c.standard().toString(), c.stage().name(), c.issuedBy(),
                    c.issuedAt().toString(), c.membersNotified());
        }
    }

    @Serdeable
    record DecisionRequest(@Nullable String decision) {
    }

    @Serdeable
    record DeclarationView(String id, String standardId, String standardTitle, String patentNumber, String patentTitle,
                           String holder, PatentLicensing licensing, String declarantName, String declaredAt,
                           @Nullable String refusalDecision, boolean blocksApproval) {

        static DeclarationView of(PatentDeclaration d) {
            return new DeclarationView(d.id().toString(), d.standard().toString(), d.standardTitle(), d.patentNumber(),
                    d.patentTitle(), d.holder(), d.licensing(), d.declarantName(), d.declaredAt().toString(),
                    d.refusalDecision(), d.blocksApproval());
        }
    }
}
