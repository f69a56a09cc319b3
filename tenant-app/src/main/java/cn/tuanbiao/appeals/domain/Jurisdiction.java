package cn.tuanbiao.appeals.domain;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which supervisory authorities a case may be escalated to (PART-6, SUP-2): those whose region
 * (GB/T 2260) contains the organization's, that is whose code is the organization's own region,
 * its city ({@code 3301}00) or its province ({@code 33}0000). The most local comes first; when
 * several are on the platform, the complainant chooses.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /** The region codes whose authorities cover {@code regionCode}, most local first. */
    public static List<String> regionsCovering(String regionCode) {
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        regions.add(regionCode);
        regions.add(regionCode.substring(0, 4) + "00");
        regions.add(regionCode.substring(0, 2) + "0000");
        return List.copyOf(regions);
    }
}
