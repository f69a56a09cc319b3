package cn.tuanbiao.organizations.domain;

/** Who the platform and the national registry contact for an organization. */
public record Contact(String name, String phone, String email) {
}
