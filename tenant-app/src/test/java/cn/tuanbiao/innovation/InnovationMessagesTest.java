package cn.tuanbiao.innovation;

import cn.tuanbiao.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a centre's page says its years (SUP-5): as years, never as thousands ("2,026 年"). */
class InnovationMessagesTest {

    private final Messages messages = new Messages();

    @Test
    void a_yearly_deadline_and_the_years_targets_name_the_year_without_a_thousands_separator_SUP_5() {
        assertThat(messages.get(Messages.CHINESE, "innovation.deadline.year", 2026, "报送自查报告"))
                .isEqualTo("2026 年报送自查报告");
        assertThat(messages.get(Messages.CHINESE, "innovation.targets", 2026)).isEqualTo("2026 年度目标");
        assertThat(messages.get(Messages.ENGLISH, "innovation.deadline.year", 2026, "self-check report"))
                .isEqualTo("self-check report 2026");
        assertThat(messages.get(Messages.ENGLISH, "innovation.targets", 2026)).isEqualTo("Targets 2026");
    }
}
