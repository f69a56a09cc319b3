package cn.tuanbiao.console.supervision.api;

import cn.tuanbiao.console.supervision.domain.DrawRequest;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.InspectionResult;
import cn.tuanbiao.console.supervision.domain.PoolFilter;
import cn.tuanbiao.console.supervision.domain.Verification;
import cn.tuanbiao.console.supervision.service.RandomInspections;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.Finding;
import cn.tuanbiao.tenancy.PersonId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

/** An authority's random inspections over REST (双随机、一公开, SUP-2): draw, verify, findings, publication. */
@SerdeImport(InspectionDraw.class)
@SerdeImport(Candidate.class)
@SerdeImport(Finding.class)
@SerdeImport(PoolFilter.class)
@SerdeImport(Verification.class)
@SerdeImport(PersonId.class)
@Controller("/api/organizations/{authorityId}/inspections")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Random inspections")
class InspectionsController {

    private final RandomInspections inspections;
    private final SupervisionExports exports;

    InspectionsController(RandomInspections inspections, SupervisionExports exports) {
        this.inspections = inspections;
        this.exports = exports;
    }

    @Post
    @Operation(summary = "Draw N organizations of the jurisdiction and M of the authority's inspectors with a seed "
            + "(given, or drawn by the platform) and record the draw")
    InspectionDraw draw(Authentication auth, @PathVariable UUID authorityId, @Body DrawBody body) {
        return inspections.draw(Caller.of(auth), new TenantId(authorityId), new DrawRequest(body.title(),
                body.organizations(), body.inspectors(), new PoolFilter(
                body.region() == null || body.region().isBlank() ? null : new Jurisdiction(body.region()),
                body.kind(), body.industry() == null || body.industry().isBlank() ? null : body.industry()),
                body.seed()));
    }

    @Get
    @Operation(summary = "The authority's random inspections, newest first")
    List<InspectionDraw> list(Authentication auth, @PathVariable UUID authorityId) {
        return inspections.list(Caller.of(auth), new TenantId(authorityId));
    }

    @Get("/{id}")
    InspectionDraw get(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return inspections.get(Caller.of(auth), new TenantId(authorityId), id);
    }

    @Get("/{id}/verification")
    @Operation(summary = "Re-run the draw from its recorded seed and pools and compare")
    Verification verify(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return inspections.verify(Caller.of(auth), new TenantId(authorityId), id);
    }

    @Post("/{id}/findings")
    @Operation(summary = "Record the finding on a drawn organization (by its code), until publication")
    InspectionDraw finding(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                           @Body FindingBody body) {
        return inspections.recordFinding(Caller.of(auth), new TenantId(authorityId), id, body.organization(),
                body.result(), body.finding());
    }

    @Post("/{id}/publication")
    @Operation(summary = "Publish the results: every drawn organization needs its finding")
    InspectionDraw publish(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return inspections.publish(Caller.of(auth), new TenantId(authorityId), id);
    }

    @Get("/{id}/results.xlsx")
    HttpResponse<byte[]> excel(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        InspectionDraw draw = inspections.get(Caller.of(auth), new TenantId(authorityId), id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.drawTable(draw)), out);
        return SupervisionController.file(out, SupervisionExports.EXCEL, draw.title() + "-抽查结果.xlsx");
    }

    @Serdeable
    record DrawBody(String title, int organizations, int inspectors, @Nullable String region,
                    @Nullable OrganizationKind kind, @Nullable String industry, @Nullable String seed) {
    }

    @Serdeable
    record FindingBody(String organization, @Nullable InspectionResult result, @Nullable String finding) {
    }
}
