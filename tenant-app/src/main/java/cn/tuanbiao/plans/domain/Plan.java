package cn.tuanbiao.plans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan with its text and approval (ORG-7). */
public record Plan(UUID id, PlanKind kind, String title, UUID draftingBody, String draftingBodyName, int fromYear,
                   int toYear, PlanStatus status, UUID documentId, LocalDate approvedOn, UUID approvedByBody,
                   String approvedByBodyName, String approvalReference, String submittedByName, Instant submittedAt) {

    public String period() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "—" + toYear;
    }
}
