package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.StandardId;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision taken in a meeting (PART-3), numbered in the organization's decision series (LC-4),
 * with the meeting it was taken in and, when it enables a lifecycle step, the standard and step
 * and when it was used as that step's evidence.
 */
public record MeetingDecision(UUID id, MeetingId meeting, String meetingTitle, Instant meetingStartsAt,
                              String reference, String text, StandardId standard, String standardTitle,
                              DecisionStep enables, Instant recordedAt, Instant evidenceUsedAt) {

    public boolean usedAsEvidence() {
        return evidenceUsedAt != null;
    }
}
