package cn.tuanbiao.patents.domain;

import cn.tuanbiao.standards.domain.Stage;

import java.time.Instant;
import java.util.UUID;

/**
 * A call for patent disclosure on a standard (PART-4): issued at a stage (automatically when
 * drafting and when technical review start), by whom and when, and how many members it reached.
 */
public record PatentCall(UUID id, UUID standard, Stage stage, String issuedBy, Instant issuedAt, int membersNotified) {
}
