package cn.tuanbiao.numbering;

import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-4: the organization's notices and decisions are numbered by its own rule, never twice. */
class DocumentNumberingTest extends PlatformTest {

    @Inject
    DocumentNumbering numbering;
    @Inject
    Transactions transactions;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationDirectory directory;

    private TenantId association;
    private PersonId secretariat;

    @BeforeEach
    void anAssociation() {
        association = fixtures.association("浙江省标准化协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
    }

    @Test
    void notices_are_numbered_by_the_default_rule_until_the_secretariat_sets_its_own() {
        String code = code();
        assertThat(issue(DocumentSeries.NOTICE, 2025).number()).isEqualTo(code + "公告〔2025〕1号");

        numbering.setRule(secretariat, association, new NumberingRule(DocumentSeries.NOTICE, "{code}标发〔{year}〕{seq3}号"));

        assertThat(issue(DocumentSeries.NOTICE, 2025).number()).isEqualTo(code + "标发〔2025〕002号");
        assertThat(numbering.rules(secretariat, association)).extracting(NumberingRule::pattern)
                .containsExactly("{code}标发〔{year}〕{seq3}号", "{code}决字〔{year}〕{seq}号", "{code}申〔{year}〕{seq}号");
    }

    @Test
    void each_series_counts_on_its_own_and_starts_again_every_year() {
        issue(DocumentSeries.NOTICE, 2025);
        issue(DocumentSeries.NOTICE, 2025);

        assertThat(issue(DocumentSeries.DECISION, 2025).sequence()).isEqualTo(1);
        assertThat(issue(DocumentSeries.NOTICE, 2026).sequence()).isEqualTo(1);
        assertThat(numbering.issued(secretariat, association, DocumentSeries.NOTICE, PageRequest.first(10)).total())
                .isEqualTo(3);
    }

    @Test
    void a_rule_without_year_or_sequence_is_refused_because_numbers_could_repeat() {
        assertThatThrownBy(() -> new NumberingRule(DocumentSeries.NOTICE, "{code}公告"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("pattern", "LC-4")));
    }

    @Test
    void only_the_secretariat_or_an_administrator_sets_a_rule() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThatThrownBy(() -> numbering.setRule(member, association,
                new NumberingRule(DocumentSeries.DECISION, "{code}〔{year}〕{seq}")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrent_notices_get_consecutive_numbers_without_gaps_or_repeats() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> issuers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                issuers.add(() -> issue(DocumentSeries.NOTICE, 2027).sequence());
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<Integer> issued : pool.invokeAll(issuers)) {
                sequences.add(issued.get());
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_rolled_back_act_gives_its_number_back() {
        assertThatThrownBy(() -> transactions.inTenant(association, () -> {
            numbering.issue(secretariat, association, DocumentSeries.DECISION, Year.of(2025), "TEST", UUID.randomUUID());
            throw new IllegalStateException("the act fails after taking its number");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(issue(DocumentSeries.DECISION, 2025).sequence()).isEqualTo(1);
    }

    private IssuedNumber issue(DocumentSeries series, int year) {
        return transactions.inTenant(association, () ->
                numbering.issue(secretariat, association, series, Year.of(year), "TEST", UUID.randomUUID()));
    }

    private String code() {
        return directory.own(secretariat, association).code().value();
    }
}
