package cn.tuanbiao.console.alliance.domain;

import java.time.Instant;

/** One published version of the alliance's self-regulation convention (自律公约, SUP-1). Never changed. */
public record Convention(int version, String title, String body, Instant publishedAt, String publishedByName) {
}
