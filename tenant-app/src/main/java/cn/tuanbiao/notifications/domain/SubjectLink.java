package cn.tuanbiao.notifications.domain;

import java.util.Objects;
import java.util.UUID;

/** What a notification is about, and where in the workspace it leads ({@code standards/<id>}). */
public record SubjectLink(String type, UUID id) {

    public static final String STANDARD = "STANDARD";
    /** An appeal, complaint or dispute of the organization (PART-6). */
    public static final String CASE = "CASE";
    /** A case referred to a supervisory authority, in the authority's workspace (SUP-2). */
    public static final String REFERRAL = "REFERRAL";
    /** A meeting of one of the organization's bodies (PART-3). */
    public static final String MEETING = "MEETING";
    /** A centre's file, as its innovation base reads it (SUP-5). */
    public static final String INNOVATION_CENTRE = "INNOVATION_CENTRE";
    /** A centre's own file at its base, as the centre reads it (SUP-5). */
    public static final String OWN_CENTRE_FILE = "OWN_CENTRE_FILE";
    /** The organization's good-practice self-evaluation (PUB-2); its id is the organization's. */
    public static final String GOOD_PRACTICE = "GOOD_PRACTICE";
    /** An award round of an alliance the organization belongs to (SUP-1): nominations are made under 所属联盟. */
    public static final String ALLIANCE_AWARD_ROUND = "ALLIANCE_AWARD_ROUND";
    /** A training of an alliance the organization belongs to (SUP-1): registrations are made under 所属联盟. */
    public static final String ALLIANCE_TRAINING = "ALLIANCE_TRAINING";

    public SubjectLink {
        Objects.requireNonNull(type, "subject type");
        Objects.requireNonNull(id, "subject id");
    }

    public static SubjectLink standard(UUID id) {
        return new SubjectLink(STANDARD, id);
    }

    /** The route in the workspace, without a leading slash; unknown types lead to the inbox. */
    public String route() {
        return switch (type) {
            case STANDARD -> "standards/" + id;
            case CASE -> "appeals/" + id;
            case REFERRAL -> "supervision/complaints/" + id;
            case MEETING -> "meetings/" + id;
            case INNOVATION_CENTRE -> "innovation/centres/" + id;
            case OWN_CENTRE_FILE -> "innovation/my-centre";
            case GOOD_PRACTICE -> "good-practice";
            case ALLIANCE_AWARD_ROUND, ALLIANCE_TRAINING -> "alliance/memberships";
            default -> "inbox";
        };
    }
}
