package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;

/** A kind of organization (ORG-1) with its organizations and the standards they have published. */
public record KindCount(OrganizationKind kind, long organizations, StandardCounts standards) {
}
