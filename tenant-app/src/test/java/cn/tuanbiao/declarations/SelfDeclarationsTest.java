package cn.tuanbiao.declarations;

import cn.tuanbiao.declarations.domain.Comparison;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.service.RegistrationCorrections;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.tenancy.Transactions;
import org.jooq.DSLContext;
import cn.tuanbiao.declarations.service.SelfDeclarations.DeclarationView;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.service.StandardAmendments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.testing.SampleFiles;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PUB-1: a published standard's self-declaration is completed, confirmed and sent, and its changes follow. */
class SelfDeclarationsTest extends PlatformTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);
    private static final DeclarationForm DECLARED = new DeclarationForm(DeclaredLevel.DOMESTIC_LEADING,
            List.of("抗压强度不低于 C30 级"), List.of("绿色生产评价等级划分"),
            List.of(new Comparison("GB/T 14902-2012", "含泥量", "≤0.3%", "≤0.5%")));

    @Inject
    SelfDeclarations declarations;
    @Inject
    StandardService standards;
    @Inject
    Fixtures fixtures;
    @Inject
    StandardAmendments amendments;
    @Inject
    FileCheck fileCheck;
    @Inject
    RegistrationCorrections corrections;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;

    private TenantId association;
    private PersonId secretariat;
    private StandardProject standard;

    @BeforeEach
    void aPublishedStandard() {
        association = fixtures.association("自我声明测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
        standard = standards.registerEarlierPublication(secretariat, association, new EarlierPublication(
                "预拌混凝土绿色生产评价", "Evaluation of green production of ready-mixed concrete",
                "本文件规定了预拌混凝土绿色生产的评价指标和方法。", 7, null, PUBLISHED, PUBLISHED.plusMonths(1),
                "浙江省建筑科学设计研究院"));
    }

    @Test
    void PUB_1_publication_opens_a_declaration_built_from_the_records_and_sends_nothing_before_confirmation() {
        DeclarationView view = declarations.view(secretariat, association, standard.id(), PageRequest.first(10));

        assertThat(view.declaration().standard().title()).isEqualTo("预拌混凝土绿色生产评价");
        assertThat(view.declaration().standard().number()).isEqualTo(standard.publication().number().toString());
        assertThat(view.declaration().standard().publishedOn()).isEqualTo("2024-05-01");
        assertThat(view.declaration().status()).isEqualTo("现行");
        assertThat(view.declaration().commitments().lawfulAndTrue()).isFalse();
        assertThat(view.stored().confirmed()).isFalse();
        assertThat(view.history().items()).isEmpty();
    }

    @Test
    void PUB_1_confirming_both_commitments_sends_the_declaration_as_the_standards_first_event() {
        DeclarationView view = declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);

        assertThat(view.stored().confirmed()).isTrue();
        assertThat(view.history().items()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.PUBLISHED);
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.state()).isEqualTo(SyncState.PENDING);
            assertThat(event.event()).contains("\"level\":\"国内领先\"", "\"lawfulAndTrue\":true", "\"compliant\":true",
                    "\"number\":\"" + standard.publication().number() + "\"", "GB/T 14902-2012");
        });
    }

    @Test
    void PUB_1_a_declaration_without_the_commitments_or_its_level_is_refused_field_by_field_and_sends_nothing() {
        DeclarationForm noLevel = new DeclarationForm(null, List.of("抗压强度"), List.of(), List.of());

        assertThatThrownBy(() -> declarations.confirm(secretariat, association, standard.id(), DECLARED, false, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("lawfulAndTrue", "PUB-1")));
        assertThatThrownBy(() -> declarations.confirm(secretariat, association, standard.id(), noLevel, true, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("level"));
        assertThat(declarations.view(secretariat, association, standard.id(), PageRequest.first(10)).history().items())
                .isEmpty();
    }

    @Test
    void PUB_1_only_the_secretariat_confirms_the_organizations_commitments() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThatThrownBy(() -> declarations.confirm(member, association, standard.id(), DECLARED, true, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void PUB_1_a_withdrawal_reaches_the_registry_as_the_next_event_with_the_status_abolished() {
        declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);

        standards.recordPeriodicReview(secretariat, association, standard.id(), PeriodicReviewDecision.WITHDRAW,
                "技术已淘汰");

        List<RegistryChange> history = declarations.view(secretariat, association, standard.id(), PageRequest.first(10))
                .history().items();
        assertThat(history).extracting(RegistryChange::sequence, RegistryChange::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, EventType.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple(1, EventType.PUBLISHED));
        assertThat(history.get(0).event()).contains("\"status\":\"废止\"");
    }

    @Test
    void PUB_1_an_amendment_of_a_declared_standard_reaches_the_registry_with_its_label_and_decision() {
        declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);

        try (CheckedFile text = fileCheck.check("修改单.pdf", SampleFiles.pdfStream("表2修改"))) {
            amendments.publish(secretariat, association, standard.id(), new AmendmentDraft("表2中“≤0.5%”改为“≤0.3%”",
                    "理事会〔2025〕3号", LocalDate.of(2025, 3, 1), null), text);
        }

        RegistryChange amended = declarations.view(secretariat, association, standard.id(), PageRequest.first(10))
                .history().items().get(0);
        assertThat(amended.type()).isEqualTo(EventType.AMENDED);
        assertThat(amended.sequence()).isEqualTo(2);
        assertThat(amended.event()).contains("第1号修改单", "理事会〔2025〕3号");
    }

    @Test
    void PUB_1_a_corrected_registration_sends_the_new_profile_once_the_registry_knows_the_organization() {
        RegistrationCorrections.Correction toNingbo = new RegistrationCorrections.Correction("宁波市预拌混凝土协会",
                "330200", "C30");
        corrections.correct(fixtures.operator(), association, toNingbo);
        assertThat(profileEvents()).as("not yet known to the registry: the profile goes with the first declaration")
                .isEmpty();

        declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);
        corrections.correct(fixtures.operator(), association, new RegistrationCorrections.Correction("宁波市预拌混凝土协会",
                "330203", "C30"));

        assertThat(profileEvents()).containsExactly("1 330200", "2 330203");
        assertThatThrownBy(() -> corrections.correct(secretariat, association, toNingbo))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.correct(fixtures.operator(), association,
                new RegistrationCorrections.Correction("", "33", "C30")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("nameZh", "regionCode"));
    }

    /** The organization's PROFILE events in the outbox: sequence and the region they carry. */
    private List<String> profileEvents() {
        return transactions.readInTenant(association, () -> db.resultQuery(
                "select sequence || ' ' || ((event::jsonb)->'profile'->>'regionCode') from registry_changes"
                        + " where subject = 'ORGANIZATION' order by sequence").fetch(r -> r.get(0, String.class)));
    }

    @Test
    void PUB_1_a_correction_after_confirmation_is_sent_as_an_update_and_an_unchanged_one_sends_nothing() {
        declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);

        declarations.save(secretariat, association, standard.id(), DECLARED);
        DeclarationView corrected = declarations.save(secretariat, association, standard.id(), new DeclarationForm(
                DeclaredLevel.INTERNATIONAL_ADVANCED, DECLARED.performanceIndicators(), DECLARED.functionalIndicators(),
                DECLARED.comparisons()));

        assertThat(corrected.history().items()).extracting(RegistryChange::sequence, RegistryChange::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, EventType.UPDATED),
                        org.assertj.core.groups.Tuple.tuple(1, EventType.PUBLISHED));
        assertThat(corrected.history().items().get(0).event()).contains("\"level\":\"国际先进\"");
    }
}
