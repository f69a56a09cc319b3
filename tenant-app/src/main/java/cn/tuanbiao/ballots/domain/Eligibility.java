package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.tenancy.PersonId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who votes on a standard (LC-3, PART-5): every person holding a voting-right seat in the
 * ballot's body, except its drafters, the experts from its drafting units and those recused for a
 * declared conflict of interest. The excluded stay on the list with their reason.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * The ballot's list from the seats held on the day it opens.
     *
     * @param seats     voting-right seats of the body held that day, in the body's order
     * @param drafting  the standard's drafters and drafting units
     * @param recused   the people recused from the standard's vote (PART-5)
     * @param interests the interest each recused person declared, shown as the reason where at hand
     */
    public static List<BallotVoter> snapshot(List<SeatHolder> seats, Drafting drafting, Set<UUID> recused,
                                             Map<UUID, String> interests) {
        Set<PersonId> drafters = drafting == null ? Set.of() : drafting.drafters();
        DraftingUnits units = DraftingUnits.parse(drafting == null ? null : drafting.draftingUnits());
        // One line per person, however many seats they hold in the body; a holder without an
        // account is one line per seat.
        Map<Object, List<SeatHolder>> byHolder = new LinkedHashMap<>();
        for (SeatHolder seat : seats) {
            byHolder.computeIfAbsent(seat.person() != null ? seat.person() : seat.seat(), k -> new ArrayList<>()).add(seat);
        }
        List<BallotVoter> voters = new ArrayList<>();
        for (List<SeatHolder> held : byHolder.values()) {
            SeatHolder first = held.get(0);
            PersonId person = first.person();
            Exclusion exclusion = null;
            String detail = null;
            Optional<String> unit = held.stream()
                    .map(s -> units.match(s.memberName(), s.memberAffiliation())).flatMap(Optional::stream).findFirst();
            if (person != null && drafters.contains(person)) {
                exclusion = Exclusion.DRAFTER;
            } else if (unit.isPresent()) {
                exclusion = Exclusion.DRAFTING_UNIT;
                detail = unit.get();
            } else if (person != null && recused.contains(person.value())) {
                exclusion = Exclusion.RECUSED;
                detail = interests.get(person.value());
            }
            voters.add(new BallotVoter(first.seat(), person, first.holderName(), first.memberName(), exclusion, detail));
        }
        return voters;
    }
}
