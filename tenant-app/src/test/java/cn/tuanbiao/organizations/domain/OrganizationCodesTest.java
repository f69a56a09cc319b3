package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-2: organization code (used in T/CODE numbers), region (GB/T 2260) and industry (GB/T 4754) codes. */
class OrganizationCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"CAS", "ZJZZ", "CSJTB", "C3A"})
    void organization_codes_are_upper_case_letters_and_digits(String code) {
        assertThat(OrganizationCode.parse(code.toLowerCase()).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "3CAS", "CA S", "CAS-1", "ABCDEFGHIJKLMNOPQ", "团标"})
    void other_organization_codes_are_refused(String code) {
        assertThatThrownBy(() -> OrganizationCode.parse(code)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_region_code_names_its_province_and_knows_what_it_lies_within() {
        RegionCode hangzhouXihu = RegionCode.parse("330106");

        assertThat(hangzhouXihu.provinceName()).isEqualTo("浙江省");
        assertThat(hangzhouXihu.within(RegionCode.parse("330000"))).isTrue();
        assertThat(hangzhouXihu.within(RegionCode.parse("330100"))).isTrue();
        assertThat(hangzhouXihu.within(RegionCode.parse("320000"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"33010", "3301066", "ab0106", "990000", "000000"})
    void region_codes_that_are_not_gbt_2260_divisions_are_refused(String code) {
        assertThatThrownBy(() -> RegionCode.parse(code)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "c38", "C385", "C3851", "S91"})
    void industry_codes_are_a_section_letter_and_optional_digits(String code) {
        assertThat(IndustryCode.parse(code).section()).isEqualTo(code.substring(0, 1).toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Z", "C3", "C38512", "38"})
    void other_industry_codes_are_refused(String code) {
        assertThatThrownBy(() -> IndustryCode.parse(code)).isInstanceOf(InvalidInputException.class);
    }
}
