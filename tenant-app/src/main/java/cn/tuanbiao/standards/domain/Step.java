package cn.tuanbiao.standards.domain;

import java.util.Map;

/** A transition taken: the project after it, what happened, and the details the audit log keeps (AUD-1). */
public record Step(StandardProject project, String action, Map<String, String> details) {

    public Step {
        details = Map.copyOf(details);
    }
}
