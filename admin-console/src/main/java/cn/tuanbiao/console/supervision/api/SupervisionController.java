package cn.tuanbiao.console.supervision.api;

import cn.tuanbiao.console.supervision.domain.DashboardReport;
import cn.tuanbiao.console.supervision.domain.DashboardTable;
import cn.tuanbiao.console.supervision.domain.SupervisedOrganization;
import cn.tuanbiao.console.supervision.service.SupervisionDashboard;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.console.supervision.domain.PublicStandard;
import cn.tuanbiao.statistics.domain.IndustryCount;
import cn.tuanbiao.statistics.domain.KindCount;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.YearCount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The supervision dashboard of an authority over REST (SUP-2): the report as JSON, each table as
 * Excel, the whole report as PDF, and one organization of the jurisdiction with its published
 * standards. Filters: region (GB/T 2260 prefix inside the jurisdiction), kind, industry prefix,
 * publication years.
 */
@SerdeImport(DashboardReport.class)
@SerdeImport(StandardCounts.class)
@SerdeImport(YearCount.class)
@SerdeImport(IndustryCount.class)
@SerdeImport(KindCount.class)
@SerdeImport(RegionCount.class)
@SerdeImport(Jurisdiction.class)
@SerdeImport(StatisticsFilter.class)
@SerdeImport(PublicStandard.class)
@Controller("/api/organizations/{authorityId}/supervision")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Supervision dashboard")
class SupervisionController {

    private final SupervisionDashboard dashboard;
    private final SupervisionExports exports;

    SupervisionController(SupervisionDashboard dashboard, SupervisionExports exports) {
        this.dashboard = dashboard;
        this.exports = exports;
    }

    @Get("/report{?region,kind,industry,fromYear,toYear}")
    @Operation(summary = "Totals and public standards by year and status, industry section, kind and region one "
            + "level below the territory shown")
    DashboardReport report(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue String region,
                           @Nullable @QueryValue OrganizationKind kind, @Nullable @QueryValue String industry,
                           @Nullable @QueryValue Integer fromYear, @Nullable @QueryValue Integer toYear) {
        return dashboard.report(Caller.of(auth), new TenantId(authorityId),
                filter(region, kind, industry, fromYear, toYear));
    }

    @Get("/organizations{?region,kind,industry,offset,limit}")
    @Operation(summary = "The jurisdiction's organizations with their indicators, by name")
    Page<OrganizationView> organizations(Authentication auth, @PathVariable UUID authorityId,
                                               @Nullable @QueryValue String region,
                                               @Nullable @QueryValue OrganizationKind kind,
                                               @Nullable @QueryValue String industry,
                                               @QueryValue(defaultValue = "0") int offset,
                                               @QueryValue(defaultValue = "50") int limit) {
        Page<OrganizationIndicators> page = dashboard.organizations(Caller.of(auth), new TenantId(authorityId),
                filter(region, kind, industry, null, null), new PageRequest(offset, limit));
        return page.map(OrganizationView::of);
    }

    @Get("/organizations/{organizationId}")
    @Operation(summary = "One organization of the jurisdiction: indicators and published standards (public data)")
    OrganizationDetail organization(Authentication auth, @PathVariable UUID authorityId,
                                    @PathVariable UUID organizationId) {
        SupervisedOrganization o = dashboard.organization(Caller.of(auth), new TenantId(authorityId),
                new TenantId(organizationId));
        return new OrganizationDetail(OrganizationView.of(o.indicators()), o.standards());
    }

    @Serdeable
    record OrganizationView(UUID id, String code, String nameZh, OrganizationKind kind, String regionCode,
                            String industryCode, StandardCounts standards) {

        static OrganizationView of(OrganizationIndicators o) {
            return new OrganizationView(o.organization().value(), o.code(), o.nameZh(), o.kind(), o.regionCode(),
                    o.industryCode(), o.standards());
        }
    }

    @Serdeable
    record OrganizationDetail(OrganizationView organization, List<PublicStandard> standards) {
    }

    @Get("/organizations/{organizationId}/standards.xlsx")
    @Operation(summary = "The organization's published standards as Excel")
    HttpResponse<byte[]> organizationStandards(Authentication auth, @PathVariable UUID authorityId,
                                               @PathVariable UUID organizationId) {
        SupervisedOrganization o = dashboard.organization(Caller.of(auth), new TenantId(authorityId),
                new TenantId(organizationId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.standardsTable(o)), out);
        return file(out, SupervisionExports.EXCEL, o.indicators().nameZh() + "-已发布团体标准.xlsx");
    }

    @Get("/tables/{table}.xlsx{?region,kind,industry,fromYear,toYear}")
    @Operation(summary = "One table of the dashboard as Excel: region, industry, kind, year or organizations")
    HttpResponse<byte[]> table(Authentication auth, @PathVariable UUID authorityId, @PathVariable String table,
                               @Nullable @QueryValue String region, @Nullable @QueryValue OrganizationKind kind,
                               @Nullable @QueryValue String industry, @Nullable @QueryValue Integer fromYear,
                               @Nullable @QueryValue Integer toYear) {
        DashboardTable which = DashboardTable.valueOf(table.toUpperCase(Locale.ROOT));
        PersonId caller = Caller.of(auth);
        TenantId authority = new TenantId(authorityId);
        StatisticsFilter filter = filter(region, kind, industry, fromYear, toYear);
        DashboardReport report = dashboard.report(caller, authority, filter);
        List<OrganizationIndicators> organizations = which == DashboardTable.ORGANIZATIONS
                ? dashboard.allOrganizations(caller, authority, filter) : List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.table(report, which, organizations)), out);
        return file(out, SupervisionExports.EXCEL, "监管统计-" + which.name().toLowerCase(Locale.ROOT) + ".xlsx");
    }

    @Get("/report.pdf{?region,kind,industry,fromYear,toYear}")
    @Operation(summary = "The dashboard as a PDF report in Chinese, with charts and every table")
    HttpResponse<byte[]> pdf(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue String region,
                             @Nullable @QueryValue OrganizationKind kind, @Nullable @QueryValue String industry,
                             @Nullable @QueryValue Integer fromYear, @Nullable @QueryValue Integer toYear) {
        PersonId caller = Caller.of(auth);
        TenantId authority = new TenantId(authorityId);
        StatisticsFilter filter = filter(region, kind, industry, fromYear, toYear);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writePdf(dashboard.report(caller, authority, filter),
                dashboard.allOrganizations(caller, authority, filter), out);
        return file(out, SupervisionExports.PDF, "团体标准监管统计报告.pdf");
    }

    static StatisticsFilter filter(String region, OrganizationKind kind, String industry, Integer fromYear,
                                   Integer toYear) {
        return new StatisticsFilter(region == null || region.isBlank() ? null : new Jurisdiction(region.strip()), kind,
                industry == null || industry.isBlank() ? null : industry.strip().toUpperCase(Locale.ROOT), fromYear,
                toYear);
    }

    static HttpResponse<byte[]> file(ByteArrayOutputStream out, String mediaType, String name) {
        return HttpResponse.ok(out.toByteArray()).contentType(mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
