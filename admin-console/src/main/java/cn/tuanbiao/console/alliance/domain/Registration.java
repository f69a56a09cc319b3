package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of a member organization registered for one of the alliance's trainings (SUP-1), with
 * their attendance once the secretariat recorded it ({@code attended} null until then).
 */
public record Registration(UUID id, UUID training, String trainingTitle, LocalDate heldOn, TenantId member,
                           String memberName, UUID person, String personName, Instant registeredAt, Boolean attended) {
}
