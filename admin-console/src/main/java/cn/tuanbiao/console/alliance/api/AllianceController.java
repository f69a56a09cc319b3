package cn.tuanbiao.console.alliance.api;

import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AllianceBodyKind;
import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.Leaving;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.domain.ParticipantRole;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.service.AllianceAwards;
import cn.tuanbiao.console.alliance.service.AllianceBodies;
import cn.tuanbiao.console.alliance.service.AllianceConventions;
import cn.tuanbiao.console.alliance.service.AllianceTrainings;
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
 * published standards, recording a member's leaving, the self-regulation convention, the expert pool,
 * the alliance's committees and working groups, award rounds and trainings; every table also as Excel.
 */
@SerdeImport(MemberPeriod.class)
@SerdeImport(MemberStandard.class)
@SerdeImport(Convention.class)
@SerdeImport(Invitation.class)
@SerdeImport(AllianceBody.class)
@SerdeImport(AwardRound.class)
@SerdeImport(Training.class)
@Controller("/api/organizations/{allianceId}/alliance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Alliance secretariat")
class AllianceController {

    private final AllianceSecretariat secretariat;
    private final AllianceConventions conventions;
    private final ExpertPool experts;
    private final AllianceExports exports;
    private final AllianceBodies bodies;
    private final AllianceAwards awards;
    private final AllianceTrainings trainings;

    AllianceController(AllianceSecretariat secretariat, AllianceConventions conventions, ExpertPool experts,
                       AllianceExports exports, AllianceBodies bodies, AllianceAwards awards,
                       AllianceTrainings trainings) {
        this.bodies = bodies;
        this.awards = awards;
        this.trainings = trainings;
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
        return page.map(MemberView::of);
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
        return page.map(ExpertView::of);
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

    @Post("/members/{memberId}/leaving")
    @Operation(summary = "The secretariat records that a current member left the alliance, on a date and why (SUP-1)")
    HttpResponse<Void> leaving(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID memberId,
                               @Body LeavingRequest request) {
        secretariat.recordLeaving(Caller.of(auth), new TenantId(allianceId), new TenantId(memberId),
                new Leaving(request.leftOn(), request.reason()));
        return HttpResponse.noContent();
    }

    // --- committees and working groups (SUP-1) -----------------------------------------------------

    @Get("/bodies{?offset,limit}")
    @Operation(summary = "The alliance's committees and working groups, with how many take part now")
    Page<AllianceBody> bodies(Authentication auth, @PathVariable UUID allianceId,
                              @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return bodies.bodies(Caller.of(auth), new TenantId(allianceId), new PageRequest(offset, limit));
    }

    @Post("/bodies")
    @Operation(summary = "Sets up a committee (COMMITTEE) or working group (WORKING_GROUP)")
    AllianceBody establish(Authentication auth, @PathVariable UUID allianceId, @Body BodyRequest request) {
        return bodies.establish(Caller.of(auth), new TenantId(allianceId), new BodyDraft(request.kind(), request.name(),
                request.remit(), request.establishedOn()));
    }

    @Get("/bodies.xlsx")
    @Operation(summary = "Everyone who takes or took part in the alliance's bodies, as Excel")
    HttpResponse<byte[]> bodiesExcel(Authentication auth, @PathVariable UUID allianceId) {
        TenantId alliance = new TenantId(allianceId);
        return excel(exports.participantsTable(secretariat.allianceName(alliance),
                bodies.allParticipants(Caller.of(auth), alliance)), "联盟专业委员会和工作组.xlsx");
    }

    @Get("/bodies/{bodyId}/participants{?offset,limit}")
    @Operation(summary = "A body's participants, current ones first")
    Page<ParticipantView> participants(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID bodyId,
                                       @QueryValue(defaultValue = "0") int offset,
                                       @QueryValue(defaultValue = "50") int limit) {
        Page<Participant> page = bodies.participants(Caller.of(auth), new TenantId(allianceId), bodyId,
                new PageRequest(offset, limit));
        return page.map(ParticipantView::of);
    }

    @Post("/bodies/{bodyId}/participants")
    @Operation(summary = "A person of a current member organization joins the body in a role")
    ParticipantView addParticipant(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID bodyId,
                                   @Body ParticipantRequest request) {
        return ParticipantView.of(bodies.addParticipant(Caller.of(auth), new TenantId(allianceId), bodyId,
                new ParticipantDraft(request.memberId() == null ? null : new TenantId(request.memberId()),
                        request.personName(), request.position(), request.role(), request.joinedOn())));
    }

    @Post("/bodies/{bodyId}/participants/{participantId}/leaving")
    @Operation(summary = "A participant leaves the body on a date")
    ParticipantView participantLeft(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID bodyId,
                                    @PathVariable UUID participantId, @Body ParticipantLeavingRequest request) {
        return ParticipantView.of(bodies.recordLeft(Caller.of(auth), new TenantId(allianceId), participantId,
                request.leftOn()));
    }

    // --- award rounds (SUP-1) ------------------------------------------------------------------------

    @Get("/award-rounds{?offset,limit}")
    @Operation(summary = "The award rounds, latest closing first, with how many nominations each has")
    Page<AwardRound> rounds(Authentication auth, @PathVariable UUID allianceId,
                            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return awards.rounds(Caller.of(auth), new TenantId(allianceId), new PageRequest(offset, limit));
    }

    @Post("/award-rounds")
    @Operation(summary = "Opens an award round with its closing date")
    AwardRound openRound(Authentication auth, @PathVariable UUID allianceId, @Body RoundRequest request) {
        return awards.open(Caller.of(auth), new TenantId(allianceId), new RoundDraft(request.name(), request.year(),
                request.closesOn(), request.description()));
    }

    @Get("/award-rounds.xlsx")
    @Operation(summary = "The rounds and every nomination with its outcome, as Excel")
    HttpResponse<byte[]> roundsExcel(Authentication auth, @PathVariable UUID allianceId) {
        PersonId caller = Caller.of(auth);
        TenantId alliance = new TenantId(allianceId);
        String name = secretariat.allianceName(alliance);
        return excel(List.of(exports.roundsTable(name, awards.allRounds(caller, alliance)),
                exports.nominationsTable(name, awards.allNominations(caller, alliance, null))), "联盟标准化奖项推荐.xlsx");
    }

    @Get("/award-rounds/{roundId}/nominations{?offset,limit}")
    @Operation(summary = "A round's nominations in order of arrival, with their outcome")
    Page<NominationView> nominations(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID roundId,
                                     @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "50") int limit) {
        Page<AwardNomination> page = awards.nominations(Caller.of(auth), new TenantId(allianceId), roundId,
                new PageRequest(offset, limit));
        return page.map(NominationView::of);
    }

    @Post("/award-nominations/{nominationId}/outcome")
    @Operation(summary = "Records a nomination's outcome once: RECOMMENDED, NOT_RECOMMENDED or AWARDED with its level")
    NominationView outcome(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID nominationId,
                           @Body OutcomeRequest request) {
        return NominationView.of(awards.recordOutcome(Caller.of(auth), new TenantId(allianceId), nominationId,
                request.outcome(), request.awardLevel(), request.note()));
    }

    // --- trainings (SUP-1) -----------------------------------------------------------------------------

    @Get("/trainings{?offset,limit}")
    @Operation(summary = "The trainings, latest first, with registrations and attendance counted")
    Page<Training> trainings(Authentication auth, @PathVariable UUID allianceId,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return trainings.trainings(Caller.of(auth), new TenantId(allianceId), new PageRequest(offset, limit));
    }

    @Post("/trainings")
    @Operation(summary = "Schedules a training: title, date, place or online, capacity")
    Training schedule(Authentication auth, @PathVariable UUID allianceId, @Body TrainingRequest request) {
        return trainings.schedule(Caller.of(auth), new TenantId(allianceId), new TrainingDraft(request.title(),
                request.heldOn(), request.online(), request.place(), request.capacity(), request.description()));
    }

    @Get("/trainings.xlsx")
    @Operation(summary = "The trainings and every registration with attendance, as Excel")
    HttpResponse<byte[]> trainingsExcel(Authentication auth, @PathVariable UUID allianceId) {
        PersonId caller = Caller.of(auth);
        TenantId alliance = new TenantId(allianceId);
        String name = secretariat.allianceName(alliance);
        return excel(List.of(exports.trainingsTable(name, trainings.allTrainings(caller, alliance)),
                exports.registrationsTable(name, trainings.allRegistrations(caller, alliance, null))), "联盟培训活动.xlsx");
    }

    @Get("/trainings/{trainingId}/registrations{?offset,limit}")
    @Operation(summary = "A training's registrations in order of arrival, with attendance")
    Page<RegistrationView> registrations(Authentication auth, @PathVariable UUID allianceId,
                                         @PathVariable UUID trainingId, @QueryValue(defaultValue = "0") int offset,
                                         @QueryValue(defaultValue = "50") int limit) {
        Page<Registration> page = trainings.registrations(Caller.of(auth), new TenantId(allianceId), trainingId,
                new PageRequest(offset, limit));
        return page.map(RegistrationView::of);
    }

    @Post("/training-registrations/{registrationId}/attendance")
    @Operation(summary = "Records whether a registered person attended (from the training's day on)")
    RegistrationView attendance(Authentication auth, @PathVariable UUID allianceId, @PathVariable UUID registrationId,
                                @Body AttendanceRequest request) {
        return RegistrationView.of(trainings.recordAttendance(Caller.of(auth), new TenantId(allianceId), registrationId,
                request.attended()));
    }

    @Serdeable
    record LeavingRequest(@Nullable LocalDate leftOn, @Nullable String reason) {
    }

    @Serdeable
    record BodyRequest(@Nullable AllianceBodyKind kind, @Nullable String name, @Nullable String remit,
                       @Nullable LocalDate establishedOn) {
    }

    @Serdeable
    record ParticipantRequest(@Nullable UUID memberId, @Nullable String personName, @Nullable String position,
                              @Nullable ParticipantRole role, @Nullable LocalDate joinedOn) {
    }

    @Serdeable
    record ParticipantLeavingRequest(@Nullable LocalDate leftOn) {
    }

    @Serdeable
    record ParticipantView(UUID id, UUID bodyId, String bodyName, AllianceBodyKind bodyKind, UUID memberId,
                           String memberName, String personName, String position, ParticipantRole role,
                           LocalDate joinedOn, LocalDate leftOn) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id(), p.body(), p.bodyName(), p.bodyKind(), p.member().value(), p.memberName(),
                    p.personName(), p.position(), p.role(), p.joinedOn(), p.leftOn());
        }
    }

    @Serdeable
    record RoundRequest(@Nullable String name, @Nullable Integer year, @Nullable LocalDate closesOn,
                        @Nullable String description) {
    }

    @Serdeable
    record OutcomeRequest(@Nullable AwardOutcome outcome, @Nullable String awardLevel, @Nullable String note) {
    }

    @Serdeable
    record NominationView(UUID id, UUID roundId, String roundName, UUID memberId, String memberName, UUID standardId,
                          String standardNumber, String standardTitle, String reason, String nominatedByName,
                          Instant nominatedAt, AwardOutcome outcome, String awardLevel, String outcomeNote,
                          Instant decidedAt) {

        static NominationView of(AwardNomination n) {
            return new NominationView(n.id(), n.round(), n.roundName(), n.member().value(), n.memberName(), n.standard(),
                    n.standardNumber(), n.standardTitle(), n.reason(), n.nominatedByName(), n.nominatedAt(), n.outcome(),
                    n.awardLevel(), n.outcomeNote(), n.decidedAt());
        }
    }

    @Serdeable
    record TrainingRequest(@Nullable String title, @Nullable LocalDate heldOn, boolean online, @Nullable String place,
                           @Nullable Integer capacity, @Nullable String description) {
    }

    @Serdeable
    record AttendanceRequest(boolean attended) {
    }

    @Serdeable
    record RegistrationView(UUID id, UUID trainingId, String trainingTitle, LocalDate heldOn, UUID memberId,
                            String memberName, UUID personId, String personName, Instant registeredAt,
                            Boolean attended) {

        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.training(), r.trainingTitle(), r.heldOn(), r.member().value(),
                    r.memberName(), r.person(), r.personName(), r.registeredAt(), r.attended());
        }
    }

    @Serdeable
    record MemberView(UUID id, String code, String nameZh, OrganizationKind kind, String regionCode, LocalDate joinedOn,
                      long published, long withdrawn, long replaced, Long inProgress, long commentPeriods,
                      long commentPeriodsHonoured, long votesByRule, long declarationsConfirmed,
                      Integer declarationRatePercent, long overdueReviews, long casesOpen, Integer practiceYear,
                      Integer practiceStars, Integer conventionAccepted, int trainingsAttended) {

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
                    row.conventionAccepted().isPresent() ? row.conventionAccepted().getAsInt() : null,
                    row.trainingsAttended());
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
        return excel(List.of(table), name);
    }

    private HttpResponse<byte[]> excel(List<cn.tuanbiao.console.supervision.domain.ReportTable> tables, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(tables, out);
        return HttpResponse.ok(out.toByteArray()).contentType(AllianceExports.EXCEL)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
