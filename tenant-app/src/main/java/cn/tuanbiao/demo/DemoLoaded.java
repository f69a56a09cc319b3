package cn.tuanbiao.demo;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Map;

/**
 * Published once the demo is loaded, so that modules this one does not see (admin-console) add their
 * part through their own services: the demo's organizations by code and people by sign-in.
 */
public record DemoLoaded(Map<String, TenantId> organizations, Map<String, PersonId> people) {

    public DemoLoaded {
        organizations = Map.copyOf(organizations);
        people = Map.copyOf(people);
    }
}
