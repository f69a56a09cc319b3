package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.standards.domain.StandardId;

/** An agenda item as typed: its title, and the standard it concerns, if any. */
public record AgendaItemDraft(String title, StandardId standard) {
}
