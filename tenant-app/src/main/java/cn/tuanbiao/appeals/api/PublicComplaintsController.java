package cn.tuanbiao.appeals.api;

import cn.tuanbiao.appeals.api.CaseViews.AuthorityView;
import cn.tuanbiao.appeals.api.CaseViews.CaseView;
import cn.tuanbiao.appeals.api.CaseViews.EscalationRequest;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.appeals.service.PublicComplaints.FiledComplaint;
import cn.tuanbiao.appeals.service.PublicComplaints.PublicComplaint;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Complaints and reports from the public (PART-6), without an account: request a code for an
 * e-mail address, prove it, then file; the receipt carries a key with which the complainant
 * follows the case (header {@code X-Case-Key}) and may escalate it to a supervisory authority.
 */
@Controller("/api/public/organizations/{code}/complaints")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public complaints")
class PublicComplaintsController {

    private static final String KEY = "X-Case-Key";

    private final PublicCatalogue catalogue;
    private final PublicComplaints complaints;
    private final CaseService cases;

    PublicComplaintsController(PublicCatalogue catalogue, PublicComplaints complaints, CaseService cases) {
        this.catalogue = catalogue;
        this.complaints = complaints;
        this.cases = cases;
    }

    @Post("/verifications")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Send a six-digit code to the address; at most 5 codes per address and hour")
    VerificationView requestCode(HttpRequest<?> request, @PathVariable String code, @Body CodeRequest body) {
        String from = request.getRemoteAddress().getAddress().getHostAddress();
        return new VerificationView(complaints.requestCode(organization(code), body.email(), from).toString());
    }

    @Post("/verifications/{verification}/proof")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Prove the address with the code it received; 5 wrong codes end the verification")
    void prove(@PathVariable String code, @PathVariable UUID verification, @Body ProofRequest body) {
        complaints.verify(organization(code), verification, body.code());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "File a complaint or report from the proven address (for two hours after the proof); "
            + "anonymous=true hides name and address from the organization, not from the platform")
    FiledView file(@PathVariable String code, @Body ComplaintRequest body) {
        FiledComplaint filed = complaints.file(organization(code), body.verification(), new PublicComplaint(body.name(),
                body.unit(), Boolean.TRUE.equals(body.anonymous()), body.title(), body.description()));
        return new FiledView(filed.id().toString(), filed.number(), filed.key());
    }

    @Get("/{id}")
    @Operation(summary = "The complaint as its complainant follows it, with the key from the receipt (header X-Case-Key)")
    CaseView status(@PathVariable String code, @PathVariable UUID id, @Nullable @Header(KEY) String key) {
        return CaseView.of(complaints.status(organization(code), new CaseId(id), key), cases.today());
    }

    @Get("/{id}/authorities")
    @Operation(summary = "The supervisory authorities the complaint may be escalated to, most local first")
    List<AuthorityView> authorities(@PathVariable String code, @PathVariable UUID id,
                                    @Nullable @Header(KEY) String key) {
        return complaints.authorities(organization(code), new CaseId(id), key).stream().map(AuthorityView::of).toList();
    }

    @Post("/{id}/escalation")
    @Operation(summary = "Escalate the complaint to a supervisory authority once it is closed, decided, rejected or "
            + "overdue (header X-Case-Key)")
    CaseView escalate(@PathVariable String code, @PathVariable UUID id, @Nullable @Header(KEY) String key,
                      @Body EscalationRequest body) {
        return CaseView.of(complaints.escalate(organization(code), new CaseId(id), key,
                body.authority() == null ? null : new TenantId(body.authority()), body.reason()), cases.today());
    }

    private PublicOrganization organization(String code) {
        return catalogue.organization(code);
    }

    @Serdeable
    record CodeRequest(@Nullable String email) {
    }

    @Serdeable
    record VerificationView(String verification) {
    }

    @Serdeable
    record ProofRequest(@Nullable String code) {
    }

    @Serdeable
    record ComplaintRequest(@Nullable UUID verification, @Nullable String name, @Nullable String unit,
                            @Nullable Boolean anonymous, @Nullable String title, @Nullable String description) {
    }

    @Serdeable
    record FiledView(String id, String number, String key) {
    }
}
