package cn.tuanbiao.patents.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/** A patent declaration as typed (PART-4, AUD-2). */
public record DeclarationDraft(String patentNumber, String patentTitle, String holder, PatentLicensing licensing,
                               String declarantName, String declarantContact) {

    /** Chinese patent and application numbers (ZL202110123456.7, CN112345678A) and foreign ones (US10123456B2). */
    private static final Pattern PATENT_NUMBER = Pattern.compile("[A-Z]{2}[0-9A-Z.]{5,36}");

    public PatentDeclaration validate(UUID id, UUID standard, Instant now) {
        Problems problems = new Problems();
        String number = problems.required("patentNumber", patentNumber == null ? null
                : patentNumber.replace(" ", "").toUpperCase(java.util.Locale.ROOT), 40);
        if (number != null && !PATENT_NUMBER.matcher(number).matches()) {
            problems.add(FieldProblem.of("patentNumber", "PART-4", "patents.numberFormat"));
        }
        String title = problems.required("patentTitle", patentTitle, 300);
        String cleanHolder = problems.required("holder", holder, 200);
        if (licensing == null) {
            problems.add(FieldProblem.of("licensing", "PART-4", "validation.required"));
        }
        String declarant = problems.required("declarantName", declarantName, 100);
        String contact = problems.optional("declarantContact", declarantContact, 200);
        problems.throwIfAny();
        return new PatentDeclaration(id, standard, null, number, title, cleanHolder, licensing, declarant, contact, now,
                null, null);
    }
}
