package cn.tuanbiao.declarations.service;

import cn.tuanbiao.declarations.domain.RegistryProfile;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.standards.service.StandardService;

import java.time.LocalDate;

/**
 * The organization's registry profile (PROTOCOL §5a) from its registration (ORG-2). The sector the
 * national tables group by follows from the GB/T 4754 section: A agriculture; B–F (mining,
 * manufacturing, utilities, construction) industry; G–O services; P–T (education, health, culture,
 * public administration, international bodies) social undertakings.
 */
final class RegistryProfiles {

    private RegistryProfiles() {
    }

    static RegistryProfile of(Organization organization) {
        String section = organization.industry().section();
        return new RegistryProfile(organization.nameZh(), organization.creditCode().value(),
                kind(organization), organization.region().value(), section, sector(section),
                LocalDate.ofInstant(organization.createdAt(), StandardService.CHINA).toString());
    }

    static String sector(String section) {
        char letter = section.charAt(0);
        if (letter == 'A') {
            return "AGRICULTURE";
        }
        if (letter <= 'F') {
            return "INDUSTRY";
        }
        return letter <= 'O' ? "SERVICES" : "SOCIAL";
    }

    private static String kind(Organization organization) {
        return switch (organization.kind()) {
            case ASSOCIATION -> "ASSOCIATION";
            case SOCIETY -> "SOCIETY";
            case CHAMBER_OF_COMMERCE -> "CHAMBER";
            case ALLIANCE -> "ALLIANCE";
            default -> "OTHER";
        };
    }
}
