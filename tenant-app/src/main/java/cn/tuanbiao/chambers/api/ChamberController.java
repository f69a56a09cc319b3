package cn.tuanbiao.chambers.api;

import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.service.AnnualReportPdf;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A chamber's annual standardization report and fee rules declaration over REST (SUP-3). */
@SerdeImport(AnnualReport.class)
@SerdeImport(AnnualReport.StandardsWork.class)
@SerdeImport(AnnualReport.PublishedStandard.class)
@SerdeImport(AnnualReport.CommentPeriods.class)
@SerdeImport(AnnualReport.Ballots.class)
@SerdeImport(AnnualReport.MeetingsHeld.class)
@SerdeImport(AnnualReport.Implementation.class)
@SerdeImport(AnnualReport.Declarations.class)
@SerdeImport(AnnualReport.Cases.class)
@SerdeImport(AnnualReport.GoodPractice.class)
@SerdeImport(FeeDeclaration.class)
@SerdeImport(FeeItem.class)
@Controller("/api/organizations/{organizationId}/chamber")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Chambers of commerce")
class ChamberController {

    private final ChamberReports reports;
    private final AnnualReportPdf pdf;

    ChamberController(ChamberReports reports, AnnualReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @Get("/annual-reports/{year}")
    @Operation(summary = "The year's standardization work report, counted from the chamber's records")
    AnnualReport report(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year) {
        return reports.annualReport(Caller.of(auth), new TenantId(organizationId), year);
    }

    @Get("/annual-reports/{year}/pdf")
    @Operation(summary = "The year's report as a PDF in Chinese (font embedded)")
    HttpResponse<byte[]> reportPdf(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year) {
        AnnualReport report = reports.annualReport(Caller.of(auth), new TenantId(organizationId), year);
        String name = report.organizationCode() + "-" + year + "-年度标准化工作报告.pdf";
        return HttpResponse.ok(pdf.render(report)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Get("/fee-rules")
    @Operation(summary = "The fee rules declaration in force")
    FeeDeclaration feeRules(Authentication auth, @PathVariable UUID organizationId) {
        return reports.feeRules(Caller.of(auth), new TenantId(organizationId))
                .orElseThrow(() -> new NotFoundException("chambers.fees.none"));
    }

    @Get("/fee-rules/versions")
    @Operation(summary = "Every declared version, newest first")
    List<FeeDeclaration> feeRulesHistory(Authentication auth, @PathVariable UUID organizationId) {
        return reports.feeRulesHistory(Caller.of(auth), new TenantId(organizationId));
    }

    @Post("/fee-rules")
    @Operation(summary = "Declare a new version; refused without the commitment or with a fee for standard-setting (SUP-3)")
    FeeDeclaration declare(Authentication auth, @PathVariable UUID organizationId, @Body FeeRulesBody body) {
        return reports.declareFeeRules(Caller.of(auth), new TenantId(organizationId), new FeeRulesDraft(
                body.items() == null ? List.of() : body.items().stream()
                        .map(i -> new FeeItem(i.purpose(), i.item(), i.basis(), i.note())).toList(),
                body.noFeeCommitment(), body.policyReference(), body.note()));
    }

    @Serdeable
    record FeeRulesBody(@Nullable List<FeeBody> items, boolean noFeeCommitment, @Nullable String policyReference,
                        @Nullable String note) {
    }

    @Serdeable
    record FeeBody(@Nullable FeePurpose purpose, @Nullable String item, @Nullable String basis, @Nullable String note) {
    }
}
