package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.standards.domain.StandardId;

/** One item of a meeting's agenda, in order from 1; it may concern a standard. */
public record AgendaItem(int position, String title, StandardId standard, String standardTitle) {
}
