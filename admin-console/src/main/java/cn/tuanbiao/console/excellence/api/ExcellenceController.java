package cn.tuanbiao.console.excellence.api;

import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.AssessmentInput;
import cn.tuanbiao.console.excellence.domain.EntryRequest;
import cn.tuanbiao.console.excellence.domain.Exit;
import cn.tuanbiao.console.excellence.domain.Indicators;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolQuery;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.console.excellence.domain.PoolStatus;
import cn.tuanbiao.console.excellence.service.ExcellenceExports;
import cn.tuanbiao.console.excellence.service.ExcellenceProgramme;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** An authority's excellence programme over REST (培优计划, SUP-4): entries, assessments, exits, the pool, exports. */
@SerdeImport(PoolMembership.class)
@SerdeImport(PoolRow.class)
@SerdeImport(Assessment.class)
@SerdeImport(Indicators.class)
@SerdeImport(Exit.class)
@Controller("/api/organizations/{authorityId}/excellence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Excellence programme")
class ExcellenceController {

    private final ExcellenceProgramme programme;
    private final ExcellenceExports exports;

    ExcellenceController(ExcellenceProgramme programme, ExcellenceExports exports) {
        this.programme = programme;
        this.exports = exports;
    }

    @Get("/members{?status,entryYear,name,offset,limit}")
    @Operation(summary = "The pool by name, each with its latest assessment; status CURRENT (default), EXITED or ALL")
    Page<PoolRow> list(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue PoolStatus status,
                       @Nullable @QueryValue Integer entryYear, @Nullable @QueryValue String name,
                       @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return programme.list(Caller.of(auth), new TenantId(authorityId), new PoolQuery(status, entryYear, name),
                new PageRequest(offset, limit));
    }

    @Get("/members.xlsx{?status,entryYear,name}")
    @Operation(summary = "The filtered pool as Excel")
    HttpResponse<byte[]> excel(Authentication auth, @PathVariable UUID authorityId, @Nullable @QueryValue PoolStatus status,
                               @Nullable @QueryValue Integer entryYear, @Nullable @QueryValue String name) {
        List<PoolRow> rows = programme.all(Caller.of(auth), new TenantId(authorityId), new PoolQuery(status, entryYear, name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.poolTable("培优库名单", rows)), out);
        return file(out, "培优库名单.xlsx");
    }

    @Post("/members")
    @Operation(summary = "Enter an organization of the jurisdiction by its code, with the year and the reason (入选)")
    PoolMembership enter(Authentication auth, @PathVariable UUID authorityId, @Body EntryBody body) {
        return programme.enter(Caller.of(auth), new TenantId(authorityId),
                new EntryRequest(body.organizationCode(), body.year(), body.reason()));
    }

    @Get("/members/{id}")
    PoolMembership member(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id) {
        return programme.membership(Caller.of(auth), new TenantId(authorityId), id);
    }

    @Get("/members/{id}/indicators/{year}")
    @Operation(summary = "The indicators an assessment of the year is made from")
    Indicators indicators(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                          @PathVariable int year) {
        return programme.indicators(Caller.of(auth), new TenantId(authorityId), id, year);
    }

    @Post("/members/{id}/assessments")
    @Operation(summary = "Record the year's assessment (score out of 100, assessment in words), once per year")
    PoolMembership assess(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                          @Body AssessmentBody body) {
        return programme.assess(Caller.of(auth), new TenantId(authorityId), id,
                new AssessmentInput(body.year(), body.score(), body.comment()));
    }

    @Post("/members/{id}/exit")
    @Operation(summary = "End the membership with a reason (退出); its history stays")
    PoolMembership exit(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID id,
                        @Body ExitBody body) {
        return programme.exit(Caller.of(auth), new TenantId(authorityId), id, body.reason());
    }

    @Get("/organizations/{organizationId}/history")
    @Operation(summary = "Every membership of an organization in the pool: entries, assessments, exits")
    List<PoolMembership> history(Authentication auth, @PathVariable UUID authorityId, @PathVariable UUID organizationId) {
        return programme.history(Caller.of(auth), new TenantId(authorityId), new TenantId(organizationId));
    }

    private static HttpResponse<byte[]> file(ByteArrayOutputStream out, String name) {
        return HttpResponse.ok(out.toByteArray()).contentType(SupervisionExports.EXCEL)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Serdeable
    record EntryBody(@Nullable String organizationCode, @Nullable Integer year, @Nullable String reason) {
    }

    @Serdeable
    record AssessmentBody(@Nullable Integer year, @Nullable BigDecimal score, @Nullable String comment) {
    }

    @Serdeable
    record ExitBody(@Nullable String reason) {
    }
}
