package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training events (培训活动, SUP-1; seed 001 培训工作组 and 人才培训): the alliance's secretariat schedules a
 * training (date, place or online, capacity); members' people register themselves through
 * {@link AllianceChannel} until it is full or its day has passed; the secretariat records who attended,
 * from the training's day on. The roster counts the trainings each member's people attended.
 */
@Singleton
public class AllianceTrainings {

    public static final String SUBJECT = "ALLIANCE_TRAINING";

    private final AccessControl access;
    private final AllianceSecretariat secretariat;
    private final AllianceActivityStore activities;
    private final UserRepository users;
    private final AuditTrail audit;
    private final AllianceNotices notices;
    private final Clock clock;

    public AllianceTrainings(AccessControl access, AllianceSecretariat secretariat, AllianceActivityStore activities,
                             UserRepository users, AuditTrail audit, AllianceNotices notices, Clock clock) {
        this.access = access;
        this.notices = notices;
        this.secretariat = secretariat;
        this.activities = activities;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Schedules a training on a day not yet past, in a place or online, with its seats (SUP-1). Every current
     * member's administrators and secretariat are told, through the alliance's outbox, in this same
     * transaction ({@link AllianceNotices}).
     */
    public Training schedule(PersonId caller, TenantId alliance, TrainingDraft draft) {
        TrainingDraft valid = draft.validate(secretariat.today());
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            UUID id = activities.insertTraining(alliance, valid, caller, name, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, id, "TRAINING_SCHEDULED", null,
                    Map.of("title", valid.title(), "heldOn", valid.heldOn().toString(), "capacity",
                            valid.capacity().toString())));
            Training training = activities.training(id).orElseThrow();
            notices.trainingScheduled(alliance, training);
            return training;
        });
    }

    /** One page of the trainings, latest first, with registrations and attendance counted. */
    public Page<Training> trainings(PersonId caller, TenantId alliance, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.trainings(null, page);
        });
    }

    public Training training(PersonId caller, TenantId alliance, UUID training) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.training(training).orElseThrow(() -> new NotFoundException("alliance.training.notFound"));
        });
    }

    public List<Training> allTrainings(PersonId caller, TenantId alliance) {
        return AllianceSecretariat.all(page -> trainings(caller, alliance, page));
    }

    /** One page of a training's registrations (or every training's, {@code training} null), in order of arrival. */
    public Page<Registration> registrations(PersonId caller, TenantId alliance, UUID training, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return activities.registrations(training, null, page);
        });
    }

    public List<Registration> allRegistrations(PersonId caller, TenantId alliance, UUID training) {
        return AllianceSecretariat.all(page -> registrations(caller, alliance, training, page));
    }

    /** Records whether a registered person attended: from the training's day on, correctable (SUP-1). */
    public Registration recordAttendance(PersonId caller, TenantId alliance, UUID registration, boolean attended) {
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            Registration r = activities.registration(registration)
                    .orElseThrow(() -> new NotFoundException("alliance.training.registrationNotFound"));
            activities.lockTraining(r.training()).orElseThrow().requireHeld(secretariat.today());
            activities.recordAttendance(registration, attended, caller, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, r.training(),
                    attended ? "TRAINING_ATTENDED" : "TRAINING_ABSENT", null,
                    Map.of("registration", registration.toString(), "person", r.personName(), "member",
                            r.member().toString())));
            return activities.registration(registration).orElseThrow();
        });
    }
}
