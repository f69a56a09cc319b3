package cn.tuanbiao.console.excellence.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A membership as the pool list shows it: the organization, entry, exit, and its latest assessment. */
public record PoolRow(UUID id, UUID organization, String code, String nameZh, String regionCode, int entryYear,
                      LocalDate enteredOn, Optional<LocalDate> exitedOn, Optional<Assessment> latest) {
}
