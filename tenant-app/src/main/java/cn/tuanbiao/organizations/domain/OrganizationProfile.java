package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The registration profile an operator enters when onboarding an organization (ORG-1, ORG-2),
 * as typed. {@link #validate()} checks every field and reports all problems at once.
 */
public record OrganizationProfile(
        String kind,
        String nameZh,
        String nameEn,
        String code,
        String creditCode,
        String registrationAuthority,
        String businessScope,
        String regionCode,
        String industryCode,
        String contactName,
        String contactPhone,
        String contactEmail) {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The profile, checked field by field. */
    public ValidProfile validate() {
        Problems problems = new Problems();
        OrganizationKind parsedKind = problems.parse("kind", kind, OrganizationProfile::parseKind);
        String zh = problems.required("nameZh", nameZh, 200);
        String en = problems.optional("nameEn", nameEn, 300);
        OrganizationCode parsedCode = problems.parse("code", code, OrganizationCode::parse);
        CreditCode parsedCredit = problems.parse("creditCode", creditCode, CreditCode::parse);
        String authority = problems.required("registrationAuthority", registrationAuthority, 200);
        String scope = problems.required("businessScope", businessScope, 4000);
        RegionCode region = problems.parse("regionCode", regionCode, RegionCode::parse);
        IndustryCode industry = problems.parse("industryCode", industryCode, IndustryCode::parse);
        String person = problems.required("contactName", contactName, 100);
        String phone = problems.required("contactPhone", contactPhone, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(FieldProblem.of("contactPhone", "FORMAT", "validation.phone"));
        }
        String email = problems.required("contactEmail", contactEmail, 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("contactEmail", "FORMAT", "validation.email"));
        }
        problems.throwIfAny();
        return new ValidProfile(parsedKind, zh, en, parsedCode, parsedCredit, authority, scope, region, industry,
                new Contact(person, phone, email.toLowerCase(Locale.ROOT)));
    }

    private static OrganizationKind parseKind(String raw) {
        try {
            return OrganizationKind.valueOf(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new cn.tuanbiao.shared.domain.InvalidInputException(
                    FieldProblem.of("kind", "ORG-1", "organizationKind.unknown"));
        }
    }

    /** A profile whose every field passed its rule. */
    public record ValidProfile(
            OrganizationKind kind,
            String nameZh,
            String nameEn,
            OrganizationCode code,
            CreditCode creditCode,
            String registrationAuthority,
            String businessScope,
            RegionCode region,
            IndustryCode industry,
            Contact contact) {
    }
}
