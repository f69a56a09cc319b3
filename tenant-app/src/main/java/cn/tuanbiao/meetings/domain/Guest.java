package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.tenancy.PersonId;

/** Someone invited besides the body's seat holders (experts, drafters, observers from outside), by name. */
public record Guest(String name, PersonId person) {
}
