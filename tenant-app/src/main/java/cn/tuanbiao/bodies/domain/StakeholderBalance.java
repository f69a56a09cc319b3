package cn.tuanbiao.bodies.domain;

import cn.tuanbiao.members.domain.StakeholderCategory;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the seats held in a body today spread over the stakeholder categories of the members
 * they represent (ORG-4): what a working group shows to prove it is balanced and open.
 *
 * @param unaffiliated    seats held for no member of the register
 * @param foreignInvested seats held for foreign-invested enterprises
 * @param votingRights    seats that carry a voting right
 */
public record StakeholderBalance(Map<StakeholderCategory, Integer> seatsByCategory, int unaffiliated,
                                 int foreignInvested, int votingRights) {

    public StakeholderBalance {
        EnumMap<StakeholderCategory, Integer> complete = new EnumMap<>(StakeholderCategory.class);
        for (StakeholderCategory category : StakeholderCategory.values()) {
            complete.put(category, seatsByCategory.getOrDefault(category, 0));
        }
        seatsByCategory = Map.copyOf(complete);
    }

    public int seats() {
        return seatsByCategory.values().stream().mapToInt(Integer::intValue).sum() + unaffiliated;
    }

    /** The largest share one category holds among affiliated seats, 0 … 1; a quick measure of dominance. */
    public double largestShare() {
        int affiliated = seats() - unaffiliated;
        if (affiliated == 0) {
            return 0;
        }
        return seatsByCategory.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) affiliated;
    }
}
