package cn.tuanbiao.conflicts.domain;

import java.time.Instant;
import java.util.UUID;

/** A person's declared interest in a standard's outcome, and whether they stand aside from the vote (PART-5). */
public record InterestDeclaration(UUID id, UUID standard, UUID person, String personName, String interest,
                                  boolean recused, Instant declaredAt) {
}
