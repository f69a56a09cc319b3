package cn.tuanbiao.bodies.api;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatId;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.domain.StakeholderBalance;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
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

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The organization's bodies and their seats (ORG-3, ORG-4) over REST, with the same service and rules as the UI. */
@Controller("/api/organizations/{organizationId}/bodies")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Bodies")
class BodiesController {

    private final BodyService bodies;

    BodiesController(BodyService bodies) {
        this.bodies = bodies;
    }

    @Get("{?kind,includeDissolved,offset,limit}")
    @Operation(summary = "Decision, coordination and drafting bodies, paged")
    Page<BodyView> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue BodyKind kind,
                        @QueryValue(defaultValue = "false") boolean includeDissolved,
                        @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Body> page = bodies.list(Caller.of(auth), new TenantId(organizationId), kind, includeDissolved,
                new PageRequest(offset, limit));
        return page.map(BodyView::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Set up a body (secretariat)")
    BodyView establish(Authentication auth, @PathVariable UUID organizationId, @io.micronaut.http.annotation.Body Charter body) {
        return BodyView.of(bodies.establish(Caller.of(auth), new TenantId(organizationId),
                new BodyCharter(body.type(), body.nameZh(), body.nameEn(), body.mandate(), body.establishedOn())));
    }

    @Get("/{id}")
    BodyView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return BodyView.of(bodies.get(Caller.of(auth), new TenantId(organizationId), new BodyId(id)));
    }

    @Post("/{id}/dissolution")
    BodyView dissolve(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @io.micronaut.http.annotation.Body Closing body) {
        return BodyView.of(bodies.dissolve(Caller.of(auth), new TenantId(organizationId), new BodyId(id), body.on(),
                body.reason()));
    }

    @Get("/{id}/seats{?includeFormer,offset,limit}")
    @Operation(summary = "Who sits in the body: current seats, or all with includeFormer")
    Page<SeatView> seats(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @QueryValue(defaultValue = "false") boolean includeFormer,
                         @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Seat> page = bodies.seats(Caller.of(auth), new TenantId(organizationId), new BodyId(id), includeFormer,
                new PageRequest(offset, limit));
        return page.map(SeatView::of);
    }

    @Post("/{id}/seats")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Appoint a seat holder for a term (secretariat)")
    SeatView appoint(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @io.micronaut.http.annotation.Body Appointment body) {
        return SeatView.of(bodies.appoint(Caller.of(auth), new TenantId(organizationId), new BodyId(id),
                new SeatAppointment(body.holderName(), body.member() == null ? null : new MemberId(body.member()),
                        body.person() == null ? null : new PersonId(body.person()), body.role(),
                        Boolean.TRUE.equals(body.votingRight()), body.termStarts(), body.termEnds())));
    }

    @Post("/{id}/seats/{seatId}/ending")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a seat before its term does (secretariat)")
    void endSeat(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @PathVariable UUID seatId,
                 @io.micronaut.http.annotation.Body Closing body) {
        bodies.endSeat(Caller.of(auth), new TenantId(organizationId), new BodyId(id), new SeatId(seatId), body.on(),
                body.reason());
    }

    @Get("/{id}/balance")
    @Operation(summary = "The body's stakeholder balance today (ORG-4)")
    Balance balance(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        StakeholderBalance b = bodies.balance(Caller.of(auth), new TenantId(organizationId), new BodyId(id));
        return new Balance(b.seatsByCategory(), b.unaffiliated(), b.foreignInvested(), b.votingRights(), b.seats());
    }

    @Serdeable
    record Charter(@Nullable BodyType type, @Nullable String nameZh, @Nullable String nameEn, @Nullable String mandate,
                   @Nullable LocalDate establishedOn) {
    }

    @Serdeable
    record Closing(@Nullable LocalDate on, @Nullable String reason) {
    }

    @Serdeable
    record Appointment(@Nullable String holderName, @Nullable UUID member, @Nullable UUID person, @Nullable SeatRole role,
                       @Nullable Boolean votingRight, @Nullable LocalDate termStarts, @Nullable LocalDate termEnds) {
    }

    @Serdeable
    record BodyView(String id, BodyType type, BodyKind kind, String nameZh, @Nullable String nameEn,
                    @Nullable String mandate, LocalDate establishedOn, @Nullable LocalDate dissolvedOn) {

        static BodyView of(Body b) {
            return new BodyView(b.id().toString(), b.type(), b.kind(), b.nameZh(), b.nameEn(), b.mandate(),
                    b.establishedOn(), b.dissolvedOn());
        }
    }

    @Serdeable
    record SeatView(String id, String holderName, @Nullable String member, @Nullable String person, SeatRole role,
                    boolean votingRight, LocalDate termStarts, LocalDate termEnds, @Nullable LocalDate endedOn) {

        static SeatView of(Seat s) {
            return new SeatView(s.id().toString(), s.holderName(), s.member() == null ? null : s.member().toString(),
                    s.person() == null ? null : s.person().toString(), s.role(), s.votingRight(), s.termStarts(),
                    s.termEnds(), s.endedOn());
        }
    }

    @Serdeable
    record Balance(Map<StakeholderCategory, Integer> seatsByCategory, int unaffiliated, int foreignInvested,
                   int votingRights, int seats) {
    }
}
