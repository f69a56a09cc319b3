package cn.tuanbiao.innovation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something a centre achieved towards a yearly target, with its evidence as documents (SUP-5). */
public record Achievement(UUID id, CentreFileId file, TargetKind kind, String title, LocalDate achievedOn,
                          Integer participants, boolean recordedByCentre, Instant recordedAt) {

    public int year() {
        return achievedOn.getYear();
    }
}
