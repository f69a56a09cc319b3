package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.tenancy.TenantId;

/** A supervisory authority on the platform (a tenant of kind SUPERVISORY_AUTHORITY) and its region. */
public record Authority(TenantId id, String nameZh, String regionCode) {
}
