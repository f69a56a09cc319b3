package cn.tuanbiao.bodies.domain;

import java.time.LocalDate;

/** A body of the organization (ORG-3), from its establishment to its dissolution. */
public record Body(BodyId id, BodyType type, String nameZh, String nameEn, String mandate, LocalDate establishedOn,
                   LocalDate dissolvedOn) {

    public BodyKind kind() {
        return type.kind();
    }

    public boolean isActive(LocalDate day) {
        return !establishedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }
}
