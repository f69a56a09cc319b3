package cn.tuanbiao.catalogue.domain;

import cn.tuanbiao.tenancy.TenantId;

/** The organization whose catalogue is shown: its name and code, as registered. */
public record PublicOrganization(TenantId id, String code, String nameZh, String nameEn) {
}
