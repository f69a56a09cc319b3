package cn.tuanbiao.console.supervision.api;

import cn.tuanbiao.console.supervision.service.ComplianceRiskList;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSeverity;
import cn.tuanbiao.statistics.domain.RiskSort;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The compliance risk list of an authority over REST (SUP-2): a page as JSON, the whole list as Excel
 * and as a PDF report. Filters: region (GB/T 2260 prefix inside the jurisdiction), kind of risk, sort.
 */
@Controller("/api/organizations/{authorityId}/supervision")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Supervision dashboard")
class ComplianceRisksController {

    private final ComplianceRiskList risks;
    private final SupervisionExports exports;

    ComplianceRisksController(ComplianceRiskList risks, SupervisionExports exports) {
        this.risks = risks;
        this.exports = exports;
    }

    @Get("/risks{?region,risk,sort,offset,limit}")
    @Operation(summary = "The jurisdiction's organizations at risk, most severe first (or most risks first, or of one kind of risk)")
    Page<RiskView> page(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue String region,
                        @Nullable @QueryValue RiskKind risk, @Nullable @QueryValue RiskSort sort,
                        @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<OrganizationRisks> page = risks.page(Caller.of(auth), new TenantId(authorityId), filter(region, risk, sort),
                new PageRequest(offset, limit));
        return page.map(RiskView::of);
    }

    @Get("/risks.xlsx{?region,risk,sort}")
    @Operation(summary = "The compliance risk list as Excel")
    HttpResponse<byte[]> excel(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue String region,
                               @Nullable @QueryValue RiskKind risk, @Nullable @QueryValue RiskSort sort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.riskTable(risks.all(Caller.of(auth), new TenantId(authorityId),
                filter(region, risk, sort)))), out);
        return SupervisionController.file(out, SupervisionExports.EXCEL, "合规风险清单.xlsx");
    }

    @Get("/risks.pdf{?region,risk,sort}")
    @Operation(summary = "The compliance risk list as a PDF report in Chinese")
    HttpResponse<byte[]> pdf(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue String region,
                             @Nullable @QueryValue RiskKind risk, @Nullable @QueryValue RiskSort sort) {
        PersonId caller = Caller.of(auth);
        TenantId authority = new TenantId(authorityId);
        RiskFilter filter = filter(region, risk, sort);
        Jurisdiction shown = filter.region() == null ? risks.jurisdiction(caller, authority) : filter.region();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeRiskPdf(risks.authorityName(authority), shown, filter, risks.today(),
                risks.all(caller, authority, filter), out);
        return SupervisionController.file(out, SupervisionExports.PDF, "团体标准合规风险报告.pdf");
    }

    static RiskFilter filter(String region, RiskKind risk, RiskSort sort) {
        return new RiskFilter(region == null || region.isBlank() ? null : new Jurisdiction(region.strip()), risk, sort);
    }

    @Serdeable
    record RiskView(UUID id, String code, String nameZh, String kind, String regionCode, RiskSeverity severity,
                    int reviewsOverdue, int declarationsMissing, int complaintsOverdue, int practiceFailed, int total,
                    Instant updatedAt) {

        static RiskView of(OrganizationRisks r) {
            return new RiskView(r.organization().value(), r.code(), r.nameZh(), r.kind().name(), r.regionCode(),
                    r.severity(), r.reviewsOverdue(), r.declarationsMissing(), r.complaintsOverdue(), r.practiceFailed(),
                    r.total(), r.updatedAt());
        }
    }
}
