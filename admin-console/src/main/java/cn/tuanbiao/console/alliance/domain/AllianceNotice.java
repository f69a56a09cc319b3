package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.users.domain.OrganizationRole;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What an alliance tells each of its current members (SUP-1), as it travels through the alliance's
 * outbox: that a round is open or closes soon, or that a training is scheduled; about which round or
 * training, with the alliance's name, the round's name or training's title, its date (closing date, or
 * training day) and, for a training, its place. Each member's people who act on it are told: for an
 * award round its administrators (they nominate, {@code AllianceChannel.nominate}); for a training its
 * administrators and secretariat (they send the member's people), never every member representative.
 */
public record AllianceNotice(Type type, UUID subject, String alliance, String name, LocalDate date, String place) {

    /** The value of {@code place} for a training held online, worded in the reader's language. */
    public static final String ONLINE = "trainingMode.ONLINE";

    public enum Type {
        ROUND_OPENED(NotificationKind.ALLIANCE_AWARD_ROUND_OPENED, SubjectLink.ALLIANCE_AWARD_ROUND,
                List.of(OrganizationRole.ADMINISTRATOR)),
        /** Only to members that have nominated nothing in the round yet. */
        ROUND_CLOSING(NotificationKind.ALLIANCE_AWARD_ROUND_CLOSING, SubjectLink.ALLIANCE_AWARD_ROUND,
                List.of(OrganizationRole.ADMINISTRATOR)),
        TRAINING_SCHEDULED(NotificationKind.ALLIANCE_TRAINING_SCHEDULED, SubjectLink.ALLIANCE_TRAINING,
                List.of(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT));

        private final NotificationKind kind;
        private final String subjectType;
        private final List<OrganizationRole> roles;

        Type(NotificationKind kind, String subjectType, List<OrganizationRole> roles) {
            this.kind = kind;
            this.subjectType = subjectType;
            this.roles = roles;
        }
    }

    public AllianceNotice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        alliance = alliance == null ? "" : alliance;
        name = name == null ? "" : name;
        if (type == Type.TRAINING_SCHEDULED) {
            Objects.requireNonNull(place, "a training's place");
        }
    }

    public static AllianceNotice roundOpened(String alliance, AwardRound round) {
        return new AllianceNotice(Type.ROUND_OPENED, round.id(), alliance, round.name(), round.closesOn(), null);
    }

    public static AllianceNotice roundClosing(String alliance, AwardRound round) {
        return new AllianceNotice(Type.ROUND_CLOSING, round.id(), alliance, round.name(), round.closesOn(), null);
    }

    public static AllianceNotice trainingScheduled(String alliance, Training training) {
        return new AllianceNotice(Type.TRAINING_SCHEDULED, training.id(), alliance, training.title(), training.heldOn(),
                training.online() ? ONLINE : training.place());
    }

    public NotificationKind kind() {
        return type.kind;
    }

    public Recipients recipients() {
        return Recipients.roles(type.roles);
    }

    /** Where the member acts: 所属联盟, where its people nominate and register. */
    public SubjectLink link() {
        return new SubjectLink(type.subjectType, subject);
    }

    /** The notification's parameters, exactly those its kind names. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("alliance", alliance);
        params.put(type == Type.TRAINING_SCHEDULED ? "title" : "round", name);
        params.put("date", date.toString());
        if (type == Type.TRAINING_SCHEDULED) {
            params.put("place", place);
        }
        return params;
    }

    /** Whether the notice is only for members that have not nominated in the round. */
    public boolean onlyWithoutNomination() {
        return type == Type.ROUND_CLOSING;
    }

    /** The outbox payload. */
    public Map<String, Object> payload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.name());
        payload.put("subject", subject.toString());
        payload.put("alliance", alliance);
        payload.put("name", name);
        payload.put("date", date.toString());
        if (place != null) {
            payload.put("place", place);
        }
        return payload;
    }

    /** The notice an outbox payload carries. */
    public static AllianceNotice of(Map<String, Object> payload) {
        Object place = payload.get("place");
        return new AllianceNotice(Type.valueOf(String.valueOf(payload.get("type"))),
                UUID.fromString(String.valueOf(payload.get("subject"))), String.valueOf(payload.get("alliance")),
                String.valueOf(payload.get("name")), LocalDate.parse(String.valueOf(payload.get("date"))),
                place == null ? null : String.valueOf(place));
    }
}
