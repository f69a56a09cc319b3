package cn.tuanbiao.declarations.domain;

import io.micronaut.serde.annotation.Serdeable;

/** The organization's registry profile (registry-sync/PROTOCOL.md §5a): what the national statistics group by. */
@Serdeable
public record RegistryProfile(String name, String creditCode, String kind, String regionCode, String industrySection,
                              String sector, String registeredOn) {
}
