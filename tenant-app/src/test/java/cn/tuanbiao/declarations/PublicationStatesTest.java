package cn.tuanbiao.declarations;

import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.domain.SyncLine;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.service.PublicationStates;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PUB-1: the organization follows everything it sent to the national registry, in one list. */
class PublicationStatesTest extends PlatformTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 2);
    private static final DeclarationForm DECLARED = new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
            List.of("响应时间不大于 50 ms"), List.of(), List.of());

    @Inject
    PublicationStates states;
    @Inject
    SelfDeclarations declarations;
    @Inject
    StandardService standards;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    private TenantId association;
    private PersonId secretariat;

    @BeforeEach
    void anAssociation() {
        association = fixtures.association("报送清单测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
    }

    @Test
    void PUB_1_a_first_confirmed_declaration_is_listed_with_its_standard_beside_the_profile_sent_with_it() {
        StandardProject standard = aConfirmedStandard("工业网关 接入安全 技术要求");

        List<SyncLine> lines = states.list(secretariat, association, null, PageRequest.first(10)).items();
        assertThat(lines).extracting(line -> line.change().subject())
                .containsExactlyInAnyOrder(Subject.ORGANIZATION, Subject.STANDARD);
        assertThat(lines).filteredOn(line -> line.change().subject() == Subject.STANDARD).singleElement()
                .satisfies(line -> {
                    assertThat(line.standardTitle()).isEqualTo("工业网关 接入安全 技术要求");
                    assertThat(line.change().standardId()).isEqualTo(standard.id().value());
                    assertThat(line.change().type()).isEqualTo(EventType.PUBLISHED);
                    assertThat(line.change().state()).isEqualTo(SyncState.PENDING);
                });
    }

    @Test
    void PUB_1_the_list_filters_by_state_and_pages_newest_first() {
        aConfirmedStandard("第一项 报送标准");
        clock.advance(Duration.ofMinutes(1));
        aConfirmedStandard("第二项 报送标准");
        clock.advance(Duration.ofMinutes(1));
        aConfirmedStandard("第三项 报送标准");

        assertThat(states.list(secretariat, association, SyncState.PENDING, PageRequest.first(2)))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(4); // the three standards and the profile sent with the first
                    assertThat(page.items()).extracting(SyncLine::standardTitle)
                            .containsExactly("第三项 报送标准", "第二项 报送标准");
                });
        assertThat(states.list(secretariat, association, SyncState.ACCEPTED, PageRequest.first(10)).total()).isZero();
        assertThat(states.list(secretariat, association, SyncState.SENT, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void another_organization_sees_none_of_it_and_an_outsider_is_refused() {
        aConfirmedStandard("只属于本协会的标准");
        TenantId other = fixtures.association("另一个协会" + Fixtures.suffix());
        PersonId otherSecretariat = fixtures.memberOf(other, SECRETARIAT);

        assertThat(states.list(otherSecretariat, other, null, PageRequest.first(10)).total()).isZero();
        assertThatThrownBy(() -> states.list(otherSecretariat, association, null, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void any_member_may_follow_it() {
        aConfirmedStandard("成员可见的报送");
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThat(states.list(member, association, null, PageRequest.first(10)).items())
                .extracting(SyncLine::standardTitle).contains("成员可见的报送");
    }

    private StandardProject aConfirmedStandard(String title) {
        StandardProject standard = standards.registerEarlierPublication(secretariat, association, new EarlierPublication(
                title, null, "本文件规定了" + title + "。", 1 + (int) (Math.random() * 900), null, PUBLISHED,
                PUBLISHED.plusMonths(1), "浙江省标准化研究院"));
        declarations.confirm(secretariat, association, standard.id(), DECLARED, true, true);
        return standard;
    }
}
