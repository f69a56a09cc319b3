package cn.tuanbiao.members;

import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.testing.Fixtures;

import java.time.LocalDate;

/** Realistic entries for the member register, in one line each. */
public final class MemberFixture {

    public static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    private MemberFixture() {
    }

    public static MemberApplication anEnterprise(String name, StakeholderCategory stakeholder, boolean foreignInvested) {
        return new MemberApplication(MemberKind.UNIT, name, UnitType.ENTERPRISE, Fixtures.aCreditCode(), stakeholder,
                foreignInvested, null, null, "李娜", "0571-87654321", JOINED);
    }

    public static MemberApplication anExpert(String name) {
        return new MemberApplication(MemberKind.EXPERT, name, null, null, StakeholderCategory.EDUCATION_RESEARCH, false,
                "浙江大学", "智能制造", null, null, JOINED);
    }
}
