package cn.tuanbiao.members.domain;

import cn.tuanbiao.organizations.domain.CreditCode;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/**
 * A member as the secretariat types it into the register, checked field by field (AUD-2). Units
 * need a type; only an enterprise can be foreign-invested, and being one never bars it from
 * anything (ORG-4: working groups are open to all members, foreign-invested enterprises included).
 */
public record MemberApplication(MemberKind kind, String name, UnitType unitType, String creditCode,
                                StakeholderCategory stakeholder, boolean foreignInvested, String affiliation,
                                String expertise, String contactName, String contactPhone, LocalDate joinedOn) {

    public RegisteredMember validate(MemberId id) {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "FORMAT", "validation.required"));
        }
        String checkedName = problems.required("name", name, 200);
        if (kind == MemberKind.UNIT && unitType == null) {
            problems.add(FieldProblem.of("unitType", "ORG-4", "members.unitTypeRequired"));
        }
        if (stakeholder == null) {
            problems.add(FieldProblem.of("stakeholder", "ORG-4", "members.stakeholderRequired"));
        }
        if (foreignInvested && unitType != UnitType.ENTERPRISE) {
            problems.add(FieldProblem.of("foreignInvested", "ORG-4", "members.foreignInvestedEnterpriseOnly"));
        }
        CreditCode code = null;
        String rawCode = problems.optional("creditCode", creditCode, 18);
        if (rawCode != null && kind == MemberKind.EXPERT) {
            problems.add(FieldProblem.of("creditCode", "ORG-4", "members.creditCodeUnitsOnly"));
        } else if (rawCode != null) {
            code = problems.parse("creditCode", rawCode, CreditCode::parse);
        }
        String checkedAffiliation = problems.optional("affiliation", affiliation, 200);
        String checkedExpertise = problems.optional("expertise", expertise, 300);
        String checkedContact = problems.optional("contactName", contactName, 100);
        String checkedPhone = problems.optional("contactPhone", contactPhone, 40);
        if (joinedOn == null) {
            problems.add(FieldProblem.of("joinedOn", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        return new RegisteredMember(id, kind, checkedName, kind == MemberKind.UNIT ? unitType : null, code, stakeholder,
                foreignInvested, checkedAffiliation, checkedExpertise, checkedContact, checkedPhone, joinedOn, null);
    }
}
