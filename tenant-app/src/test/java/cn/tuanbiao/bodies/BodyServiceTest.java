package cn.tuanbiao.bodies;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.Seat;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.domain.StakeholderBalance;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.members.MemberFixture;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-3 and ORG-4: bodies with seats, terms and voting rights, open to every member and showing their balance. */
class BodyServiceTest extends PlatformTest {

    @Inject
    BodyService bodies;
    @Inject
    MemberRegister register;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    private TenantId association;
    private PersonId secretariat;
    private LocalDate today;

    @BeforeEach
    void anAssociationWithASecretariat() {
        association = fixtures.association("浙江省装备制造业协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void the_secretariat_sets_up_the_three_kinds_of_body() {
        bodies.establish(secretariat, association, charter(BodyType.COUNCIL, "第三届理事会"));
        bodies.establish(secretariat, association, charter(BodyType.SECRETARIAT, "秘书处"));
        bodies.establish(secretariat, association, charter(BodyType.WORKING_GROUP, "工业机器人标准工作组"));

        assertThat(bodies.list(secretariat, association, null, false, PageRequest.first(10)).items())
                .extracting(Body::kind).containsExactlyInAnyOrder(BodyKind.DECISION, BodyKind.COORDINATION, BodyKind.DRAFTING);
        assertThat(bodies.list(secretariat, association, BodyKind.DRAFTING, false, PageRequest.first(10)).items())
                .extracting(Body::nameZh).containsExactly("工业机器人标准工作组");
    }

    @Test
    void two_bodies_of_one_organization_cannot_share_a_name() {
        bodies.establish(secretariat, association, charter(BodyType.WORKING_GROUP, "数控机床标准工作组"));

        assertThatThrownBy(() -> bodies.establish(secretariat, association, charter(BodyType.WORKING_GROUP, "数控机床标准工作组")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(Tuple.tuple("nameZh", "bodies.nameTaken")));
    }

    @Test
    void a_working_group_seats_a_foreign_invested_enterprise_like_any_member_and_shows_its_balance() {
        Body group = bodies.establish(secretariat, association, charter(BodyType.WORKING_GROUP, "伺服电机标准工作组"));
        RegisteredMember domestic = register.register(secretariat, association,
                MemberFixture.anEnterprise("杭州伺服科技有限公司", StakeholderCategory.PRODUCTION, false));
        RegisteredMember foreign = register.register(secretariat, association,
                MemberFixture.anEnterprise("安川电机（中国）有限公司", StakeholderCategory.PRODUCTION, true));
        RegisteredMember expert = register.register(secretariat, association, MemberFixture.anExpert("周建平"));

        bodies.appoint(secretariat, association, group.id(), seat("王磊", domestic, SeatRole.CHAIR, true));
        bodies.appoint(secretariat, association, group.id(), seat("佐藤健", foreign, SeatRole.MEMBER, true));
        bodies.appoint(secretariat, association, group.id(), seat("周建平", expert, SeatRole.EXPERT, true));
        bodies.appoint(secretariat, association, group.id(), seat("赵敏", null, SeatRole.OBSERVER, false));

        StakeholderBalance balance = bodies.balance(secretariat, association, group.id());
        assertThat(balance.seatsByCategory().get(StakeholderCategory.PRODUCTION)).isEqualTo(2);
        assertThat(balance.seatsByCategory().get(StakeholderCategory.EDUCATION_RESEARCH)).isEqualTo(1);
        assertThat(balance.foreignInvested()).isEqualTo(1);
        assertThat(balance.unaffiliated()).isEqualTo(1);
        assertThat(balance.votingRights()).isEqualTo(3);
        assertThat(balance.seats()).isEqualTo(4);
    }

    @Test
    void an_observer_never_holds_a_voting_right() {
        Body council = bodies.establish(secretariat, association, charter(BodyType.COUNCIL, "理事会"));

        assertThatThrownBy(() -> bodies.appoint(secretariat, association, council.id(),
                seat("钱伟", null, SeatRole.OBSERVER, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(Tuple.tuple("votingRight", "ORG-3")));
    }

    @Test
    void a_term_ends_after_it_starts_and_lasts_at_most_five_years() {
        Body council = bodies.establish(secretariat, association, charter(BodyType.COUNCIL, "理事会"));

        assertThatThrownBy(() -> bodies.appoint(secretariat, association, council.id(), new SeatAppointment("孙丽", null,
                null, SeatRole.MEMBER, true, today, today.plusYears(6))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("bodies.termTooLong"));
        assertThatThrownBy(() -> bodies.appoint(secretariat, association, council.id(), new SeatAppointment("孙丽", null,
                null, SeatRole.MEMBER, true, today, today)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("bodies.termEndsBeforeStart"));
        assertThat(bodies.seats(secretariat, association, council.id(), true, PageRequest.first(5)).total()).isZero();
    }

    @Test
    void a_body_has_one_chair_at_a_time_and_a_member_one_seat() {
        Body council = bodies.establish(secretariat, association, charter(BodyType.COUNCIL, "理事会"));
        RegisteredMember unit = register.register(secretariat, association,
                MemberFixture.anEnterprise("浙江重工集团有限公司", StakeholderCategory.PRODUCTION, false));
        bodies.appoint(secretariat, association, council.id(), seat("吴刚", unit, SeatRole.CHAIR, true));

        assertThatThrownBy(() -> bodies.appoint(secretariat, association, council.id(), seat("郑红", null, SeatRole.CHAIR, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("bodies.chairTaken"));
        assertThatThrownBy(() -> bodies.appoint(secretariat, association, council.id(), seat("吴刚", unit, SeatRole.MEMBER, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("bodies.memberAlreadySeated"));
    }

    @Test
    void a_seat_ended_early_leaves_the_current_body_but_stays_in_its_history() {
        Body group = bodies.establish(secretariat, association, charter(BodyType.TECHNICAL_COMMITTEE, "传感器技术委员会"));
        Seat seat = bodies.appoint(secretariat, association, group.id(), seat("冯涛", null, SeatRole.MEMBER, true));

        bodies.endSeat(secretariat, association, group.id(), seat.id(), today, "工作调动");

        assertThat(bodies.seats(secretariat, association, group.id(), false, PageRequest.first(5)).total()).isZero();
        assertThat(bodies.seats(secretariat, association, group.id(), true, PageRequest.first(5)).items())
                .extracting(Seat::endedOn).containsExactly(today);
        assertThat(bodies.balance(secretariat, association, group.id()).votingRights()).isZero();
    }

    private BodyCharter charter(BodyType type, String name) {
        return new BodyCharter(type, name, null, "负责本领域团体标准的起草、宣贯与实施反馈", today.minusYears(1));
    }

    private SeatAppointment seat(String holder, RegisteredMember member, SeatRole role, boolean votingRight) {
        return new SeatAppointment(holder, member == null ? null : member.id(), null, role, votingRight, today,
                today.plusYears(4));
    }
}
