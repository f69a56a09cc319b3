package cn.tuanbiao.implementation;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.implementation.domain.ConversionLevel;
import cn.tuanbiao.implementation.domain.ConversionOutcome;
import cn.tuanbiao.implementation.domain.ImplementationRecord;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.ImplementationSummary;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.tuanbiao.implementation.domain.ImplementationRecordKind.ADOPTION;
import static cn.tuanbiao.implementation.domain.ImplementationRecordKind.CONVERSION_REQUEST;
import static cn.tuanbiao.implementation.domain.ImplementationRecordKind.DISSEMINATION_EVENT;
import static cn.tuanbiao.implementation.domain.ImplementationRecordKind.IMPLEMENTATION_FEEDBACK;
import static cn.tuanbiao.implementation.domain.ImplementationRecordKind.TRAINING;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-8: after publication the organization records dissemination, feedback, adoption and conversion. */
class ImplementationRecordsTest extends PlatformTest {

    @Inject
    ImplementationRecords records;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    AuditLog audit;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardId published;
    private LocalDate today;

    @BeforeEach
    void aPublishedStandard() {
        association = fixtures.association("实施测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        published = walk.toApproval(secretariat, association, "农产品冷链配送服务规范").id();
        today = standards.today();
        standards.publish(secretariat, association, published, today, today);
    }

    @Test
    void LC_8_events_feedback_adoptions_and_conversions_add_up_in_the_summary_and_the_history() {
        records.record(secretariat, association, published, event(DISSEMINATION_EVENT, "杭州宣贯会", 120));
        records.record(secretariat, association, published, event(TRAINING, "内审员培训班", 45));
        records.record(secretariat, association, published, new RecordDraft(IMPLEMENTATION_FEEDBACK, today,
                "第5.2条温度记录间隔过密", "浙江冷链物流有限公司", null, "建议由1分钟改为5分钟", null));
        records.record(secretariat, association, published, new RecordDraft(ADOPTION, today, "企业标准自我声明采用",
                "浙江冷链物流有限公司", null, null, null));

        ImplementationSummary summary = records.summary(secretariat, association, published);

        assertThat(summary.count(DISSEMINATION_EVENT)).isEqualTo(1);
        assertThat(summary.count(TRAINING)).isEqualTo(1);
        assertThat(summary.count(IMPLEMENTATION_FEEDBACK)).isEqualTo(1);
        assertThat(summary.count(ADOPTION)).isEqualTo(1);
        assertThat(summary.participants()).isEqualTo(165);
        assertThat(records.records(secretariat, association, published, TRAINING, PageRequest.first(10)).items())
                .extracting(ImplementationRecord::title).containsExactly("内审员培训班");
        assertThat(audit.history(secretariat, association, StandardService.SUBJECT, published.value(),
                PageRequest.first(4)).items()).extracting(AuditEvent::action).containsOnly("IMPLEMENTATION_RECORDED");
    }

    @Test
    void LC_8_a_conversion_request_gets_its_outcome_once() {
        ImplementationRecord request = records.record(secretariat, association, published, new RecordDraft(
                CONVERSION_REQUEST, today, "申请转化为浙江省地方标准", "浙江省市场监督管理局", null, null, ConversionLevel.LOCAL));
        assertThat(request.conversionOutcome()).isEqualTo(ConversionOutcome.PENDING);

        ImplementationRecord decided = records.decideConversion(secretariat, association, request.id(),
                ConversionOutcome.ACCEPTED, today, "已列入2026年地方标准制修订计划");

        assertThat(decided.conversionOutcome()).isEqualTo(ConversionOutcome.ACCEPTED);
        assertThat(decided.outcomeOn()).isEqualTo(today);
        assertThatThrownBy(() -> records.decideConversion(secretariat, association, request.id(),
                ConversionOutcome.REJECTED, today, "改判"))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("implementation.alreadyDecided"));
    }

    @Test
    void LC_8_nothing_is_recorded_for_a_standard_that_is_not_published() {
        StandardId proposal = standards.propose(secretariat, association, new Proposal("尚未发布的标准", null,
                "本文件规定了尚未发布的内容。", false, false), null).id();

        assertThatThrownBy(() -> records.record(secretariat, association, proposal, event(TRAINING, "提前培训", 10)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.requirement()).isEqualTo("LC-8"));
        assertThat(records.records(secretariat, association, proposal, null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void a_member_reports_feedback_but_cannot_record_a_training_in_the_organizations_name() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        records.record(member, association, published, new RecordDraft(IMPLEMENTATION_FEEDBACK, today,
                "实施中发现的问题", null, null, "附录B表格缺少单位", null));

        assertThatThrownBy(() -> records.record(member, association, published, event(TRAINING, "会员自办培训", 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(records.summary(member, association, published).count(TRAINING)).isZero();
    }

    @Test
    void bad_input_names_each_field_and_rule_and_stores_nothing() {
        RecordDraft bad = new RecordDraft(IMPLEMENTATION_FEEDBACK, today.plusDays(1), " ", null, 12, null,
                ConversionLevel.NATIONAL);

        assertThatThrownBy(() -> records.record(secretariat, association, published, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("occurredOn", "LC-8"),
                                org.assertj.core.groups.Tuple.tuple("recordTitle", "FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("participants", "LC-8"),
                                org.assertj.core.groups.Tuple.tuple("conversionLevel", "LC-8")));
        assertThat(records.records(secretariat, association, published, null, PageRequest.first(10)).total()).isZero();
    }

    private RecordDraft event(ImplementationRecordKind kind, String title, int participants) {
        return new RecordDraft(kind, today, title, "浙江省标准化研究院", participants, null, null);
    }
}
