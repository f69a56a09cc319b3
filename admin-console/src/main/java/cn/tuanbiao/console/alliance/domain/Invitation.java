package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pool expert invited by a member's secretariat to one of its technical reviews (ORG-5). The
 * review is the member's standard, named by id: its title is shown to the member only.
 */
public record Invitation(UUID id, UUID expert, String expertName, TenantId member, String memberName,
                         UUID standard, LocalDate reviewOn, Instant invitedAt) {
}
