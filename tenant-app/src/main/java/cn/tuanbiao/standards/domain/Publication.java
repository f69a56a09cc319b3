package cn.tuanbiao.standards.domain;

import java.time.LocalDate;

/** A published standard's number and dates; the periodic review falls due after the policy's interval (LC-6). */
public record Publication(StandardNumber number, LocalDate publishedOn, LocalDate inForceFrom, LocalDate reviewDue) {

    public boolean inForce(LocalDate today) {
        return !today.isBefore(inForceFrom);
    }

    public boolean reviewOverdue(LocalDate today) {
        return today.isAfter(reviewDue);
    }
}
