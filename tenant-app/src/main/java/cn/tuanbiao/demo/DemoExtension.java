package cn.tuanbiao.demo;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Map;

/**
 * Demo data of another module (admin-console), loaded after tenant-app's own: it gets the demo
 * organizations by code and the demo people by e-mail address. Beans implementing it should require
 * {@code tuanbiao.demo.enabled} as tenant-app's demo beans do.
 */
public interface DemoExtension {

    void load(Map<String, TenantId> organizationsByCode, Map<String, PersonId> peopleByEmail);
}
