package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The alliance's own committees and working groups (专业委员会 / 工作组, SUP-1; seed 001 §六): only the
 * alliance's secretariat and administrators set them up and say who takes part — people of the
 * alliance's current member organizations, each with a role (主任委员, 委员, 组长, 成员 …) and a period.
 * Every change is in the alliance's audit log.
 */
@Singleton
public class AllianceBodies {

    public static final String SUBJECT = "ALLIANCE_BODY";

    private final AccessControl access;
    private final Transactions transactions;
    private final AllianceSecretariat secretariat;
    private final AllianceStore store;
    private final AllianceActivityStore activities;
    private final AuditTrail audit;
    private final Clock clock;

    public AllianceBodies(AccessControl access, Transactions transactions, AllianceSecretariat secretariat,
                          AllianceStore store, AllianceActivityStore activities, AuditTrail audit, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.secretariat = secretariat;
        this.store = store;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets up a committee or working group; names are unique within the alliance (SUP-1). */
    public AllianceBody establish(PersonId caller, TenantId alliance, BodyDraft draft) {
        BodyDraft valid = draft.validate();
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            if (activities.bodyNamed(valid.name())) {
                throw new InvalidInputException(FieldProblem.of("name", "SUP-1", "alliance.body.nameTaken", valid.name()));
            }
            UUID id = activities.insertBody(alliance, valid, caller, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, id, "BODY_ESTABLISHED", null,
                    Map.of("kind", valid.kind().name(), "name", valid.name())));
            return activities.body(id).orElseThrow();
        });
    }

    /** One page of the bodies, committees first, by name, with how many take part now. */
    public Page<AllianceBody> bodies(PersonId caller, TenantId alliance, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.bodies(page);
        });
    }

    public AllianceBody body(PersonId caller, TenantId alliance, UUID body) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.body(body).orElseThrow(() -> new NotFoundException("alliance.body.notFound"));
        });
    }

    /** One page of a body's participants: current ones first, then those who left. */
    public Page<Participant> participants(PersonId caller, TenantId alliance, UUID body, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.participants(body, null, false, page);
        });
    }

    /** One page of the people of one member organization in the alliance's bodies, newest first. */
    public Page<Participant> memberParticipants(PersonId caller, TenantId alliance, TenantId member, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.participants(null, member, false, page);
        });
    }

    /** Everyone who takes or took part in any body (for the Excel table). */
    public List<Participant> allParticipants(PersonId caller, TenantId alliance) {
        return AllianceSecretariat.all(page -> access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.participants(null, null, false, page);
        }));
    }

    /**
     * A person of a current member organization joins a body in a role (SUP-1). Refused, field by field:
     * a member that is not (or no longer) a current member, a role the body does not have, a second head
     * (主任委员, 组长) while one is in office, the same person twice, a date before the body existed.
     */
    public Participant addParticipant(PersonId caller, TenantId alliance, UUID body, ParticipantDraft draft) {
        return access.actIn(caller, alliance, actor -> {
            MemberOrganizations members = secretariat.members(actor);
            AllianceBody b = activities.lockBody(body).orElseThrow(() -> new NotFoundException("alliance.body.notFound"));
            ParticipantDraft valid = draft.validate(b.kind());
            if (!members.members().contains(valid.member())) {
                throw new InvalidInputException(FieldProblem.of("member", "SUP-1", "alliance.body.memberNotCurrent",
                        store.nameOf(valid.member()).orElse(valid.member().toString())));
            }
            if (valid.joinedOn().isBefore(b.establishedOn())) {
                throw new InvalidInputException(FieldProblem.of("joinedOn", "SUP-1",
                        "alliance.body.joinedBeforeEstablished", b.establishedOn()));
            }
            if (valid.role().head() && activities.hasCurrent(body, valid.role())) {
                throw new InvalidInputException(FieldProblem.of("role", "SUP-1", "alliance.body.headTaken." + valid.role()));
            }
            if (activities.takesPart(body, valid.member(), valid.personName())) {
                throw new InvalidInputException(FieldProblem.of("personName", "SUP-1", "alliance.body.alreadyIn",
                        valid.personName(), b.name()));
            }
            UUID id = activities.insertParticipant(alliance, body, valid, caller, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, body, "PARTICIPANT_ADDED", null,
                    Map.of("participant", id.toString(), "member", valid.member().toString(), "person",
                            valid.personName(), "role", valid.role().name(), "joinedOn", valid.joinedOn().toString())));
            return activities.participant(id).orElseThrow();
        });
    }

    /** A participant leaves the body on {@code on}: once, never before they joined (SUP-1). */
    public Participant recordLeft(PersonId caller, TenantId alliance, UUID participant, LocalDate on) {
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            Participant p = activities.participant(participant)
                    .orElseThrow(() -> new NotFoundException("alliance.body.participantNotFound"));
            activities.lockBody(p.body());
            LocalDate leftOn = activities.participant(participant).orElseThrow().leave(on);
            activities.leave(participant, leftOn);
            audit.record(new AuditEntry(alliance, caller, SUBJECT, p.body(), "PARTICIPANT_LEFT", null,
                    Map.of("participant", participant.toString(), "person", p.personName(), "leftOn", leftOn.toString())));
            return activities.participant(participant).orElseThrow();
        });
    }

    /** The current members a person can come from, by name (secretariat and administrators). */
    public List<MemberLink> currentMembers(PersonId caller, TenantId alliance) {
        secretariat.members(caller, alliance);
        return transactions.readOnPlatform(() -> store.currentMembers(alliance));
    }
}
