package cn.tuanbiao.bodies.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatId;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.domain.StakeholderBalance;
import cn.tuanbiao.bodies.persistence.BodyStore;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.persistence.MemberRegisterStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The organization's bodies and who sits in them (ORG-3): the secretariat sets up decision,
 * coordination and drafting bodies, appoints seat holders for terms with or without a voting
 * right, and ends seats; everyone with a role reads them, with each body's stakeholder balance
 * (ORG-4). Every change lands in the audit log (AUD-1).
 */
@Singleton
public class BodyService {

    static final String SUBJECT = "BODY";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final BodyStore bodies;
    private final MemberRegisterStore members;
    private final MembershipStore memberships;
    private final AuditTrail audit;
    private final Clock clock;

    public BodyService(AccessControl access, BodyStore bodies, MemberRegisterStore members, MembershipStore memberships,
                       AuditTrail audit, Clock clock) {
        this.access = access;
        this.bodies = bodies;
        this.members = members;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    public Body establish(PersonId caller, TenantId tenant, BodyCharter charter) {
        Body body = charter.validate(BodyId.random());
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            if (bodies.nameTaken(body.nameZh())) {
                throw new InvalidInputException(FieldProblem.of("nameZh", "ORG-3", "bodies.nameTaken"));
            }
            bodies.insert(tenant, body, clock.instant());
            record(actor, body.id().value(), "BODY_ESTABLISHED", null,
                    Map.of("name", body.nameZh(), "type", body.type().name(), "kind", body.kind().name()));
            return body;
        });
    }

    public Body dissolve(PersonId caller, TenantId tenant, BodyId id, LocalDate on, String reason) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Body body = bodies.lock(id).orElseThrow(BodyService::bodyNotFound);
            if (on == null) {
                throw new InvalidInputException(FieldProblem.of("dissolvedOn", "FORMAT", "validation.required"));
            }
            if (body.dissolvedOn() != null || on.isBefore(body.establishedOn())) {
                throw new InvalidInputException(FieldProblem.of("dissolvedOn", "ORG-3", "bodies.cannotDissolve"));
            }
            bodies.dissolve(id, on);
            record(actor, id.value(), "BODY_DISSOLVED", reason, Map.of("name", body.nameZh(), "dissolvedOn", on.toString()));
            return bodies.find(id).orElseThrow();
        });
    }

    /**
     * Appoints a seat holder for a term. Refused: a dissolved body, a member not in the register
     * on the term's first day, the same member twice in overlapping terms, two chairs at once.
     * Never refused for being a foreign-invested enterprise (ORG-4).
     */
    public Seat appoint(PersonId caller, TenantId tenant, BodyId bodyId, SeatAppointment appointment) {
        Seat seat = appointment.validate(SeatId.random(), bodyId);
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Body body = bodies.lock(bodyId).orElseThrow(BodyService::bodyNotFound);
            if (!body.isActive(seat.termStarts())) {
                throw new InvalidInputException(FieldProblem.of("termStarts", "ORG-3", "bodies.notActive"));
            }
            Map<String, String> details = new HashMap<>();
            details.put("body", body.nameZh());
            details.put("holder", seat.holderName());
            details.put("role", seat.role().name());
            details.put("votingRight", String.valueOf(seat.votingRight()));
            details.put("term", seat.termStarts() + "/" + seat.termEnds());
            if (seat.member() != null) {
                RegisteredMember member = members.find(seat.member())
                        .orElseThrow(() -> new InvalidInputException(FieldProblem.of("member", "ORG-4", "members.notFound")));
                if (!member.isCurrent(seat.termStarts())) {
                    throw new InvalidInputException(FieldProblem.of("member", "ORG-4", "bodies.memberNotCurrent"));
                }
                if (bodies.memberHeldDuring(bodyId, seat.member(), seat.termStarts(), seat.termEnds())) {
                    throw new InvalidInputException(FieldProblem.of("member", "ORG-3", "bodies.memberAlreadySeated"));
                }
                details.put("member", member.name());
            }
            if (seat.person() != null && memberships.activeRoles(seat.person()).isEmpty()) {
                throw new InvalidInputException(FieldProblem.of("person", "ORG-3", "bodies.personNotInOrganization"));
            }
            if (seat.role() == SeatRole.CHAIR && bodies.chairHeldDuring(bodyId, seat.termStarts(), seat.termEnds())) {
                throw new InvalidInputException(FieldProblem.of("role", "ORG-3", "bodies.chairTaken"));
            }
            bodies.insertSeat(tenant, seat, clock.instant());
            record(actor, bodyId.value(), "SEAT_APPOINTED", null, details);
            return seat;
        });
    }

    /** Ends a seat before its term does (resignation, replacement); the seat stays in the body's history. */
    public void endSeat(PersonId caller, TenantId tenant, BodyId bodyId, SeatId seatId, LocalDate on, String reason) {
        access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            Seat seat = bodies.lockSeat(bodyId, seatId).orElseThrow(() -> new NotFoundException("bodies.seatNotFound"));
            if (on == null) {
                throw new InvalidInputException(FieldProblem.of("endedOn", "FORMAT", "validation.required"));
            }
            if (seat.endedOn() != null || on.isBefore(seat.termStarts()) || !on.isBefore(seat.termEnds())) {
                throw new InvalidInputException(FieldProblem.of("endedOn", "ORG-3", "bodies.cannotEndSeat"));
            }
            bodies.endSeat(seatId, on);
            record(actor, bodyId.value(), "SEAT_ENDED", reason, Map.of("holder", seat.holderName(), "endedOn", on.toString()));
            return null;
        });
    }

    public Body get(PersonId caller, TenantId tenant, BodyId id) {
        return access.readIn(caller, tenant, actor -> bodies.find(id).orElseThrow(BodyService::bodyNotFound));
    }

    public Page<Body> list(PersonId caller, TenantId tenant, BodyKind kind, boolean includeDissolved, PageRequest page) {
        return access.readIn(caller, tenant, actor -> bodies.list(kind, includeDissolved, today(), page));
    }

    public Page<Seat> seats(PersonId caller, TenantId tenant, BodyId id, boolean includeFormer, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            bodies.find(id).orElseThrow(BodyService::bodyNotFound);
            return bodies.seats(id, includeFormer, today(), page);
        });
    }

    /** The body's stakeholder balance today (ORG-4). */
    public StakeholderBalance balance(PersonId caller, TenantId tenant, BodyId id) {
        return access.readIn(caller, tenant, actor -> {
            bodies.find(id).orElseThrow(BodyService::bodyNotFound);
            return bodies.balance(id, today());
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private void record(Actor actor, UUID subject, String action, String reason, Map<String, String> details) {
        audit.record(new AuditEntry(actor.tenant(), actor.person(), SUBJECT, subject, action, reason, details));
    }

    private static void requireSecretariat(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
    }

    private static NotFoundException bodyNotFound() {
        return new NotFoundException("bodies.notFound");
    }
}
