package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-2: the unified social credit code is checked with its GB 32100 check character. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the worked example of GB 32100-2015
            "51330000MJ88214743",
            "51320000MJ5530182Y",
            "113300000024826178",
            "12310000MB2E814078"})
    void accepts_codes_whose_check_character_is_right(String code) {
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, creditCode.checkDigit",
            "51330000MJ88214740, creditCode.checkDigit",
            "91350100M000100Y4, creditCode.length",
            "91350100M000100Y433, creditCode.length",
            "91350100M0001O0Y43, creditCode.character",
            "9135010OM000100Y43, creditCode.character",
            "'', creditCode.length"})
    void refuses_a_wrong_code_saying_why(String code, String messageKey) {
        assertThatThrownBy(() -> new CreditCode(code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("creditCode");
                        assertThat(p.rule()).isEqualTo("ORG-2");
                        assertThat(p.messageKey()).isEqualTo(messageKey);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {" 91350100m000100y43 ", "91350100m000100y43"})
    void accepts_what_people_type_lower_case_and_with_spaces(String typed) {
        assertThat(CreditCode.parse(typed).value()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y4, 3", "51330000MJ8821474, 3", "12310000MB2E81407, 8"})
    void computes_the_check_character(String first17, char expected) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(expected);
    }
}
