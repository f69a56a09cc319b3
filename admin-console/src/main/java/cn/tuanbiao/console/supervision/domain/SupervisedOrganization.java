package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.statistics.domain.OrganizationIndicators;

import java.util.List;

/** An organization of the jurisdiction drilled down to: its indicators and its published standards. */
public record SupervisedOrganization(OrganizationIndicators indicators, List<PublicStandard> standards) {

    public SupervisedOrganization {
        standards = List.copyOf(standards);
    }
}
