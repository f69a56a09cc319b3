package cn.tuanbiao.registry.national.intake;

import java.util.List;

/** A batch of 1–500 events in the order they are to be applied (PROTOCOL §4). */
record Batch(List<Event> events) {

    static final int MOST_EVENTS = 500;
}
