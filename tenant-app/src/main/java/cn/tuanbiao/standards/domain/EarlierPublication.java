package cn.tuanbiao.standards.domain;

import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * A standard the organization published before it came to the platform, as the secretariat
 * types it in, checked field by field (AUD-2).
 */
public record EarlierPublication(String titleZh, String titleEn, String scope, Integer sequence, Integer part,
                                 LocalDate publishedOn, LocalDate inForceFrom, String draftingUnits) {

    /** What to store, with the periodic review due {@code reviewIntervalYears} after publication (LC-6). */
    public Validated validate(OrganizationCode code, int reviewIntervalYears) {
        Problems problems = new Problems();
        String title = problems.required("titleZh", titleZh, 300);
        String english = problems.optional("titleEn", titleEn, 500);
        String checkedScope = problems.required("scope", scope, 4000);
        String units = problems.optional("draftingUnits", draftingUnits, 1000);
        if (sequence == null || sequence < 1) {
            problems.add(FieldProblem.of("sequence", "LC-4", "standards.sequenceInvalid"));
        }
        if (part != null && part < 1) {
            problems.add(FieldProblem.of("part", "LC-4", "standards.partInvalid"));
        }
        if (publishedOn == null) {
            problems.add(FieldProblem.of("publishedOn", "FORMAT", "validation.required"));
        }
        if (inForceFrom == null) {
            problems.add(FieldProblem.of("inForceFrom", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        StandardNumber number = new StandardNumber(code, sequence, part, Year.of(publishedOn.getYear()));
        return new Validated(new Subject(title, english, checkedScope, false, false),
                units == null ? null : new Drafting(null, units, Set.of()),
                new Publication(number, publishedOn, inForceFrom, publishedOn.plusYears(reviewIntervalYears)));
    }

    public record Validated(Subject subject, Drafting drafting, Publication publication) {
    }
}
