package cn.tuanbiao.console.alliance.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One of the alliance's committees or working groups (SUP-1), with how many people take part now. */
public record AllianceBody(UUID id, AllianceBodyKind kind, String name, String remit, LocalDate establishedOn,
                           int participants) {
}
