package cn.tuanbiao.registry.national.intake;

/**
 * What an event is about (PROTOCOL §4): a standard (its key {@code {creditCode}:{standardId}}), an
 * organization (its credit code), an organization's good-practice statement for a year (PUB-2, its
 * key {@code {creditCode}:statement:{year}}) or a supervisor's decision on a violation by an organization
 * (PUB-4, its key {@code {creditCode}:violation:{violationId}}). Each names the member of the event that
 * carries its content.
 */
enum Subject {
    STANDARD("declaration"),
    ORGANIZATION("profile"),
    STATEMENT("statement"),
    VIOLATION("violation");

    private final String contentField;

    Subject(String contentField) {
        this.contentField = contentField;
    }

    String contentField() {
        return contentField;
    }

    /** Whether the subject's key is {@code {creditCode}:…}, owned by the organization of that prefix. */
    boolean ofAnOrganization() {
        return this != ORGANIZATION;
    }

    /**
     * Whether the organization of the key must be known (its PROFILE applied, by the same deployment)
     * first. Not for a violation: a supervisory authority publishes it about an organization whose own
     * profile it does not send, and the event names both (PROTOCOL §5c).
     */
    boolean requiresProfile() {
        return this == STANDARD || this == STATEMENT;
    }
}
