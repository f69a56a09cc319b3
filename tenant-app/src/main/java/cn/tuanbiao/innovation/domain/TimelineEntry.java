package cn.tuanbiao.innovation.domain;

import java.time.Instant;

/** A step in a centre's file: what happened, when, by whom, with its note. */
public record TimelineEntry(int position, String step, String note, String actorName, Instant at) {
}
