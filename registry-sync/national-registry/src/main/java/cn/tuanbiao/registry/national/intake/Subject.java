package cn.tuanbiao.registry.national.intake;

/** What an event is about (PROTOCOL §4): a standard (its key {@code {creditCode}:{standardId}}) or an organization (its credit code). */
enum Subject {
    STANDARD,
    ORGANIZATION
}
