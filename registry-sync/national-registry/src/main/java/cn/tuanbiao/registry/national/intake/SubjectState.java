package cn.tuanbiao.registry.national.intake;

import java.util.UUID;

/** Where a standard or organization stands in the registry: who owns it and its last applied sequence. */
record SubjectState(UUID deploymentId, int lastSequence) {
}
