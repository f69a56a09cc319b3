package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Award nominations (标准化奖项推荐, SUP-1; seed 001 奖励委员会: recommend members for standardization
 * awards): the alliance's secretariat opens a round with its closing date; members' administrators
 * nominate their own published standards until then, through {@link AllianceChannel}; the secretariat
 * records each nomination's outcome once — 推荐, 未推荐, or the level awarded.
 */
@Singleton
public class AllianceAwards {

    public static final String SUBJECT = "ALLIANCE_AWARD_ROUND";

    private final AccessControl access;
    private final AllianceSecretariat secretariat;
    private final AllianceActivityStore activities;
    private final UserRepository users;
    private final AuditTrail audit;
    private final AllianceNotices notices;
    private final java.time.Clock clock;

    public AllianceAwards(AccessControl access, AllianceSecretariat secretariat, AllianceActivityStore activities,
                          UserRepository users, AuditTrail audit, AllianceNotices notices, java.time.Clock clock) {
        this.access = access;
        this.notices = notices;
        this.secretariat = secretariat;
        this.activities = activities;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a round: its name unique within the year, its closing date today or later (SUP-1). Every current
     * member's administrators are told, and reminded before it closes if their organization has nominated
     * nothing — through the alliance's outbox, in this same transaction ({@link AllianceNotices}).
     */
    public AwardRound open(PersonId caller, TenantId alliance, RoundDraft draft) {
        RoundDraft valid = draft.validate(secretariat.today());
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            if (activities.roundNamed(valid.year(), valid.name())) {
                throw new InvalidInputException(FieldProblem.of("name", "SUP-1", "alliance.award.nameTaken",
                        valid.year(), valid.name()));
            }
            UUID id = activities.insertRound(alliance, valid, caller, name, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, id, "AWARD_ROUND_OPENED", null,
                    Map.of("name", valid.name(), "year", valid.year().toString(), "closesOn", valid.closesOn().toString())));
            AwardRound round = activities.round(id).orElseThrow();
            notices.roundOpened(alliance, round);
            return round;
        });
    }

    /** One page of the rounds, latest closing first, with how many nominations each has. */
    public Page<AwardRound> rounds(PersonId caller, TenantId alliance, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.rounds(null, page);
        });
    }

    /** One page of a round's nominations (or of every round's, {@code round} null), in order of arrival. */
    public Page<AwardNomination> nominations(PersonId caller, TenantId alliance, UUID round, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.nominations(round, null, page);
        });
    }

    public List<AwardNomination> allNominations(PersonId caller, TenantId alliance, UUID round) {
        return AllianceSecretariat.all(page -> nominations(caller, alliance, round, page));
    }

    public List<AwardRound> allRounds(PersonId caller, TenantId alliance) {
        return AllianceSecretariat.all(page -> rounds(caller, alliance, page));
    }

    /** Records what became of a nomination: once; an award names its level (SUP-1). */
    public AwardNomination recordOutcome(PersonId caller, TenantId alliance, UUID nomination, AwardOutcome outcome,
                                         String level, String note) {
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            AwardNomination n = activities.lockNomination(nomination)
                    .orElseThrow(() -> new NotFoundException("alliance.award.nominationNotFound"));
            AwardNomination.Decision decision = n.decide(outcome, level, note);
            activities.decide(nomination, decision, caller, clock.instant());
            Map<String, String> details = new HashMap<>();
            details.put("nomination", nomination.toString());
            details.put("standard", n.standardNumber());
            details.put("outcome", decision.outcome().name());
            if (decision.awardLevel() != null) {
                details.put("level", decision.awardLevel());
            }
            audit.record(new AuditEntry(alliance, caller, SUBJECT, n.round(), "AWARD_OUTCOME_RECORDED", decision.note(),
                    details));
            return activities.nomination(nomination).orElseThrow();
        });
    }
}
