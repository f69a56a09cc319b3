package cn.tuanbiao.declarations.domain;

/** Where an event stands on its way to the national registry, as the organization sees it. */
public enum SyncState {
    /** Written, not yet sent. */
    PENDING,
    /** Sent at least once; the relay tries again until the registry answers. */
    SENT,
    /** The registry applied it and gave a receipt. */
    ACCEPTED,
    /** The registry refused a field: the organization corrects the declaration, which sends it again. */
    REJECTED,
    /** Given up after the configured tries; the operator replays it. */
    DEAD,
    /** A rejected event replaced by its correction. */
    SUPERSEDED
}
