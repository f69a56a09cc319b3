package cn.tuanbiao.console.alliance.api;

import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.ConventionStatus;
import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.MemberInvitation;
import cn.tuanbiao.console.alliance.domain.MyAlliance;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.service.AllianceChannel;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member organization's side of its alliances over REST (SUP-1, ORG-5), through
 * {@link AllianceChannel}: the alliances it belongs to and their convention, accepting it
 * (administrators), the admitted pool experts, and inviting one to a review (secretariat); the open
 * award rounds and nominating a published standard (administrators); the upcoming trainings and
 * registering for one (anyone with a role), with the member's own nominations and registrations.
 */
@SerdeImport(AwardRound.class)
@Controller("/api/organizations/{memberId}/alliances")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Alliance membership")
class AllianceMembershipController {

    private final AllianceChannel channel;

    AllianceMembershipController(AllianceChannel channel) {
        this.channel = channel;
    }

    @Get
    @Operation(summary = "The alliances the organization belongs to now, with the convention version accepted")
    List<MyAllianceView> alliances(Authentication auth, @PathVariable UUID memberId) {
        return channel.myAlliances(Caller.of(auth), new TenantId(memberId)).stream().map(MyAllianceView::of).toList();
    }

    @Post("/{allianceId}/convention-acceptance")
    @Operation(summary = "The member's administrator accepts the latest version of the alliance's convention")
    ConventionView accept(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                          @Body AcceptanceRequest request) {
        return ConventionView.of(channel.acceptConvention(Caller.of(auth), new TenantId(memberId),
                new TenantId(allianceId), request.version()));
    }

    @Get("/{allianceId}/experts{?offset,limit}")
    @Operation(summary = "The alliance's admitted pool experts")
    Page<ExpertView> experts(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Expert> page = channel.pool(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId),
                new PageRequest(offset, limit));
        return page.map(ExpertView::of);
    }

    @Post("/{allianceId}/experts/{expertId}/invitations")
    @Operation(summary = "The member's secretariat invites a pool expert to the review of one of its standards")
    InvitationView invite(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                          @PathVariable UUID expertId, @Body InvitationRequest request) {
        Invitation i = channel.invite(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId), expertId,
                request.standardId(), request.reviewOn());
        return new InvitationView(i.id(), i.expert(), i.expertName(), i.standard(), null, i.reviewOn(), i.invitedAt());
    }

    @Get("/{allianceId}/invitations{?offset,limit}")
    @Operation(summary = "The member's own invitations of pool experts, newest first")
    Page<InvitationView> invitations(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                                     @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "50") int limit) {
        Page<MemberInvitation> page = channel.invitations(Caller.of(auth), new TenantId(memberId),
                new TenantId(allianceId), new PageRequest(offset, limit));
        return page.map(m -> new InvitationView(m.invitation().id(), m.invitation().expert(),
                m.invitation().expertName(), m.invitation().standard(), m.standardTitle(), m.invitation().reviewOn(),
                m.invitation().invitedAt()));
    }

    @Get("/{allianceId}/award-rounds{?offset,limit}")
    @Operation(summary = "The alliance's award rounds still open today")
    Page<AwardRound> rounds(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return channel.openRounds(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId),
                new PageRequest(offset, limit));
    }

    @Post("/{allianceId}/award-rounds/{roundId}/nominations")
    @Operation(summary = "The member's administrator nominates one of its published standards (never a draft)")
    NominationView nominate(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                            @PathVariable UUID roundId, @Body NominationRequest request) {
        return NominationView.of(channel.nominate(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId),
                roundId, request.standardId(), request.reason()));
    }

    @Get("/{allianceId}/award-nominations{?offset,limit}")
    @Operation(summary = "The member's own nominations, newest first, with their outcome")
    Page<NominationView> nominations(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                                     @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "50") int limit) {
        Page<AwardNomination> page = channel.myNominations(Caller.of(auth), new TenantId(memberId),
                new TenantId(allianceId), new PageRequest(offset, limit));
        return page.map(NominationView::of);
    }

    @Get("/{allianceId}/trainings{?offset,limit}")
    @Operation(summary = "The alliance's trainings from today on, with the seats left")
    Page<TrainingView> trainings(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                                 @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Training> page = channel.upcomingTrainings(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId),
                new PageRequest(offset, limit));
        return page.map(TrainingView::of);
    }

    @Post("/{allianceId}/trainings/{trainingId}/registrations")
    @Operation(summary = "The caller registers themselves for the training (refused when full or past)")
    RegistrationView register(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                              @PathVariable UUID trainingId) {
        return RegistrationView.of(channel.register(Caller.of(auth), new TenantId(memberId), new TenantId(allianceId),
                trainingId));
    }

    @Get("/{allianceId}/training-registrations{?offset,limit}")
    @Operation(summary = "The registrations of the member's people, newest first, with attendance")
    Page<RegistrationView> registrations(Authentication auth, @PathVariable UUID memberId, @PathVariable UUID allianceId,
                                         @QueryValue(defaultValue = "0") int offset,
                                         @QueryValue(defaultValue = "50") int limit) {
        Page<Registration> page = channel.myRegistrations(Caller.of(auth), new TenantId(memberId),
                new TenantId(allianceId), new PageRequest(offset, limit));
        return page.map(RegistrationView::of);
    }

    @Serdeable
    record NominationRequest(@Nullable UUID standardId, @Nullable String reason) {
    }

    @Serdeable
    record NominationView(UUID id, UUID roundId, String roundName, String standardNumber, String standardTitle,
                          String reason, String nominatedByName, Instant nominatedAt, AwardOutcome outcome,
                          String awardLevel, String outcomeNote) {

        static NominationView of(AwardNomination n) {
            return new NominationView(n.id(), n.round(), n.roundName(), n.standardNumber(), n.standardTitle(), n.reason(),
                    n.nominatedByName(), n.nominatedAt(), n.outcome(), n.awardLevel(), n.outcomeNote());
        }
    }

    @Serdeable
    record TrainingView(UUID id, String title, LocalDate heldOn, boolean online, String place, int capacity,
                        int seatsLeft, String description) {

        static TrainingView of(Training t) {
            return new TrainingView(t.id(), t.title(), t.heldOn(), t.online(), t.place(), t.capacity(), t.seatsLeft(),
                    t.description());
        }
    }

    @Serdeable
    record RegistrationView(UUID id, UUID trainingId, String trainingTitle, LocalDate heldOn, String personName,
                            Instant registeredAt, Boolean attended) {

        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.training(), r.trainingTitle(), r.heldOn(), r.personName(),
                    r.registeredAt(), r.attended());
        }
    }

    @Serdeable
    record MyAllianceView(UUID id, String code, String nameZh, LocalDate joinedOn, ConventionView convention) {

        static MyAllianceView of(MyAlliance a) {
            return new MyAllianceView(a.alliance().value(), a.code(), a.nameZh(), a.joinedOn(),
                    ConventionView.of(a.convention()));
        }
    }

    @Serdeable
    record ConventionView(Integer latestVersion, String title, String body, Integer acceptedVersion,
                          Instant acceptedAt, String acceptedByName, boolean upToDate) {

        static ConventionView of(ConventionStatus s) {
            Convention latest = s.latest().orElse(null);
            return new ConventionView(latest == null ? null : latest.version(), latest == null ? null : latest.title(),
                    latest == null ? null : latest.body(),
                    s.accepted().isPresent() ? s.accepted().getAsInt() : null, s.acceptedAt(), s.acceptedByName(),
                    s.upToDate());
        }
    }

    @Serdeable
    record ExpertView(UUID id, String name, String field, String title, String memberName, int invitations) {

        static ExpertView of(Expert e) {
            return new ExpertView(e.id(), e.name(), e.field(), e.title(), e.memberName(), e.invitations());
        }
    }

    @Serdeable
    record AcceptanceRequest(int version) {
    }

    @Serdeable
    record InvitationRequest(UUID standardId, @Nullable LocalDate reviewOn) {
    }

    @Serdeable
    record InvitationView(UUID id, UUID expertId, String expertName, UUID standardId, String standardTitle,
                          LocalDate reviewOn, Instant invitedAt) {
    }
}
