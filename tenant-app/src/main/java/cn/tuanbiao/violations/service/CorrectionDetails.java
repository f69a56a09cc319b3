package cn.tuanbiao.violations.service;

import cn.tuanbiao.violations.domain.Violation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a correction changed, for the audit log (AUD-1): each changed field of the decision as it now reads
 * ({@code number}) and as it read before ({@code previous.number}), so the log keeps every earlier version.
 */
final class CorrectionDetails {

    private CorrectionDetails() {
    }

    static Map<String, String> of(Violation.Decision before, Violation.Decision after) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "measure", before.measure().name(), after.measure().name());
        put(details, "number", before.number(), after.number());
        put(details, "text", before.text(), after.text());
        put(details, "decidedOn", before.decidedOn(), after.decidedOn());
        put(details, "rectificationDue", before.rectificationDue(), after.rectificationDue());
        return details;
    }

    private static void put(Map<String, String> details, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            details.put("previous." + field, before == null ? "" : before.toString());
            details.put(field, after == null ? "" : after.toString());
        }
    }
}
