package cn.tuanbiao.registry.national.intake;

/**
 * What an event is about (PROTOCOL §4): a standard (its key {@code {creditCode}:{standardId}}), an
 * organization (its credit code) or an organization's good-practice statement for a year (PUB-2, its
 * key {@code {creditCode}:statement:{year}}). Each names the member of the event that carries its content.
 */
enum Subject {
    STANDARD("declaration"),
    ORGANIZATION("profile"),
    STATEMENT("statement");

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
}
