package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.statistics.domain.MemberIndicators;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A current member on the alliance's roster (SUP-1): its indicators, since when it is a member,
 * the latest version of the alliance's self-regulation convention it has accepted (empty: 未签署), and
 * how many of the alliance's trainings its people attended.
 */
public record RosterRow(MemberIndicators indicators, LocalDate joinedOn, OptionalInt conventionAccepted,
                        int trainingsAttended) {
}
