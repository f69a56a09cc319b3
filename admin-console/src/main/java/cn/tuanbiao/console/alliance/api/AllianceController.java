package cn.tuanbiao.console.alliance.api;

import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.service.AllianceConventions;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.ExpertPool;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The alliance secretariat's console over REST (SUP-1, ORG-5), the same services as the views: the
 * roster of current members with their indicators, the join/leave history, one member with its
 * published standards, the self-regulation convention, the expert pool; every table also as Excel.
 */
@SerdeImport(MemberPeriod.class)
@SerdeImport(MemberStandard.class)
@SerdeImport(Convention.class)
@SerdeImport(Invitation.class)
@Controller("/api/organizations/{allianceId}/alliance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Alliance secretariat")
class AllianceController {

    private final AllianceSecretariat secretariat;
    private final AllianceConventions conventions;
    private final ExpertPool experts;
    private final AllianceExports exports;

    AllianceController(AllianceSecretariat secretariat, AllianceConventions conventions, ExpertPool experts,
                       AllianceExports exports) {
        this.secretariat = secretariat;
        this.conventions = conventions;
        this.experts = experts;
        this.exports = exports;
    }

    @Get("/members{?offset,limit}")
    @Operation(summary = "The current members by name with their indicators and the convention version accepted")
    Page<MemberView> members(Authentication auth, @PathVariable UUID allianceId,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<RosterRow> page = secretariat.roster(Caller.of(auth), new TenantId(allianceId), new PageRequest(offset, limit));
        return new Page<>(page.items().stream().map(MemberView::of).toList(), page.total(), page.offset(), page.limit());
    }

    @Get("/members.xlsx")
    @Operation(summary = "The current members with their indicators as Excel")
    HttpResponse<byte[]> membersExcel(Authentication auth, @PathVariable UUID allianceId) {
        PersonId caller = Caller.of(auth);
        TenantId alliance = new TenantId(allianceId);
        List<RosterRow> rows = secretariat.allRoster(caller, alliance);
        return excel(exports.rosterTable(secretariat.allianceName(alliance), rows), "联盟成员及指标.xlsx");
    }

    @Get("/members/{memberId}")
    @Operation(summary = "One current member: its indicators (published data and numbers only)")
    MemberView member(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID memberId) {
        return MemberView.of(secretariat.member(Caller.of(auth), new TenantId(allianceId), new TenantId(memberId)));
    }

    @Get("/members/{memberId}/standards{?offset,limit}")
    @Operation(summary = "One current member's published standards (its public catalogue: never a draft)")
    Page<MemberStandard> memberStandards(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID memberId,
                                         @QueryValue(defaultValue = "0") int offset,
                                         @QueryValue(defaultValue = "50") int limit) {
        return secretariat.memberStandards(Caller.of(auth), new TenantId(allianceId), new TenantId(memberId),
                new PageRequest(offset, limit));
    }

    @Get("/members/{memberId}/standards.xlsx")
    @Operation(summary = "One current member's published standards as Excel")
    HttpResponse<byte[]> memberStandardsExcel(Authentication auth, @PathVariable UUID allianceId,
                                              @PathVariable UUID memberId) {
        PersonId caller = Caller.of(auth);
        TenantId alliance = new TenantId(allianceId);
        TenantId member = new TenantId(memberId);
        RosterRow row = secretariat.member(caller, alliance, member);
        String name = row.indicators().organization().nameZh();
        return excel(exports.standardsTable(name, secretariat.allMemberStandards(caller, alliance, member)),
                name + "-已发布团体标准.xlsx");
    }

    @Get("/history{?offset,limit}")
    @Operation(summary = "The periods of membership, newest first: who joined and who left, when")
    Page<MemberPeriod> history(Authentication auth, @PathVariable UUID allianceId,
                               @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return secretariat.history(Caller.of(auth), new TenantId(allianceId), new PageRequest(offset, limit));
    }

    @Get("/history.xlsx")
    @Operation(summary = "The join/leave history as Excel")
    HttpResponse<byte[]> historyExcel(Authentication auth, @PathVariable UUID allianceId) {
        TenantId alliance = new TenantId(allianceId);
        return excel(exports.historyTable(secretariat.allianceName(alliance),
                secretariat.allHistory(Caller.of(auth), alliance)), "联盟成员加入退出记录.xlsx");
    }

    @Get("/convention")
    @Operation(summary = "Every version of the self-regulation convention, newest first")
    List<Convention> convention(Authentication auth, @PathVariable UUID allianceId) {
        return conventions.versions(Caller.of(auth), new TenantId(allianceId));
    }

    @Post("/convention")
    @Operation(summary = "Publishes the next version of the convention (secretariat, administrators)")
    Convention publishConvention(Authentication auth, @PathVariable UUID allianceId, @Body ConventionRequest request) {
        return conventions.publish(Caller.of(auth), new TenantId(allianceId),
                new ConventionText(request.title(), request.body()));
    }

    @Get("/experts{?status,offset,limit}")
    @Operation(summary = "The expert pool by status and name, with how often each expert was invited")
    Page<ExpertView> experts(Authentication auth, @PathVariable UUID allianceId, @Nullable @QueryValue ExpertStatus status,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Expert> page = experts.pool(Caller.of(auth), new TenantId(allianceId), status, new PageRequest(offset, limit));
        return new Page<>(page.items().stream().map(ExpertView::of).toList(), page.total(), page.offset(), page.limit());
    }

    @Get("/experts.xlsx")
    @Operation(summary = "The expert pool as Excel")
    HttpResponse<byte[]> expertsExcel(Authentication auth, @PathVariable UUID allianceId) {
        TenantId alliance = new TenantId(allianceId);
        return excel(exports.expertsTable(secretariat.allianceName(alliance),
                experts.allExperts(Caller.of(auth), alliance)), "联盟共享专家库.xlsx");
    }

    @Post("/experts")
    @Operation(summary = "A council member nominates an expert of a member organization they belong to (ORG-5)")
    ExpertView nominate(Authentication auth, @PathVariable UUID allianceId, @Body NominationRequest request) {
        return ExpertView.of(experts.nominate(Caller.of(auth), new TenantId(allianceId), new Nomination(
                request.memberId() == null ? null : new TenantId(request.memberId()), request.name(), request.field(),
                request.title())));
    }

    @Post("/experts/{expertId}/decision")
    @Operation(summary = "The secretariat admits the nominated expert into the pool, or declines, once")
    ExpertView decide(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID expertId,
                      @Body DecisionRequest request) {
        return ExpertView.of(experts.decide(Caller.of(auth), new TenantId(allianceId), expertId, request.admit(),
                request.reason()));
    }

    @Get("/invitations{?expertId,offset,limit}")
    @Operation(summary = "Invitations of pool experts to members' reviews, newest first")
    Page<Invitation> invitations(Authentication auth, @PathVariable UUID allianceId, @Nullable @QueryValue UUID expertId,
                                 @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return experts.invitations(Caller.of(auth), new TenantId(allianceId), expertId, new PageRequest(offset, limit));
    }

    @Serdeable
    record MemberView(UUID id, String code, String nameZh, OrganizationKind kind, String regionCode, LocalDate joinedOn,
                      long published, long withdrawn, long replaced, Long inProgress, long commentPeriods,
                      long commentPeriodsHonoured, long votesByRule, long declarationsConfirmed,
                      Integer declarationRatePercent, long overdueReviews, long casesOpen, Integer practiceYear,
                      Integer practiceStars, Integer conventionAccepted) {

        static MemberView of(RosterRow row) {
            MemberIndicators m = row.indicators();
            OrganizationIndicators o = m.organization();
            return new MemberView(o.organization().value(), o.code(), o.nameZh(), o.kind(), o.regionCode(),
                    row.joinedOn(), o.standards().published(), o.standards().withdrawn(), o.standards().replaced(),
                    o.inProgress().isPresent() ? o.inProgress().getAsLong() : null, m.commentPeriods(),
                    m.commentPeriodsHonoured(), m.votesByRule(), m.declarationsConfirmed(),
                    m.declarationRate().isPresent() ? m.declarationRate().getAsInt() : null, m.overdueReviews(),
                    m.casesOpen(), m.practiceYear().isPresent() ? m.practiceYear().getAsInt() : null,
                    m.practiceStars().isPresent() ? m.practiceStars().getAsInt() : null,
                    row.conventionAccepted().isPresent() ? row.conventionAccepted().getAsInt() : null);
        }
    }

    @Serdeable
    record ExpertView(UUID id, UUID memberId, String memberName, String name, String field, String title,
                      ExpertStatus status, String nominatedByName, Instant nominatedAt, Instant decidedAt,
                      int invitations) {

        static ExpertView of(Expert e) {
            return new ExpertView(e.id(), e.member().value(), e.memberName(), e.name(), e.field(), e.title(), e.status(),
                    e.nominatedByName(), e.nominatedAt(), e.decidedAt(), e.invitations());
        }
    }

    @Serdeable
    record ConventionRequest(String title, String body) {
    }

    @Serdeable
    record NominationRequest(@Nullable UUID memberId, String name, String field, @Nullable String title) {
    }

    @Serdeable
    record DecisionRequest(boolean admit, @Nullable String reason) {
    }

    private HttpResponse<byte[]> excel(cn.tuanbiao.console.supervision.domain.ReportTable table, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(table), out);
        return HttpResponse.ok(out.toByteArray()).contentType(AllianceExports.EXCEL)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
