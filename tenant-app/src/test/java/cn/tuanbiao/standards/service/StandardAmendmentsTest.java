package cn.tuanbiao.standards.service;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Amendment;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-1: amendments attach to a published standard, numbered in order, with their text kept. */
class StandardAmendmentsTest extends PlatformTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 1);

    @Inject
    StandardAmendments amendments;
    @Inject
    StandardService standards;
    @Inject
    DocumentService documents;
    @Inject
    AuditLog audit;
    @Inject
    FileCheck fileCheck;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardProject standard;

    @BeforeEach
    void aPublishedStandard() {
        association = fixtures.association("修改单测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
        standard = standards.registerEarlierPublication(secretariat, association, new EarlierPublication(
                "预拌混凝土绿色生产评价", null, "本文件规定了预拌混凝土绿色生产的评价指标和方法。", 7, null, PUBLISHED,
                PUBLISHED.plusMonths(1), "浙江省建筑科学设计研究院"));
    }

    @Test
    void LC_1_amendments_are_numbered_in_order_and_keep_their_text_and_history() {
        Amendment first = publish(new AmendmentDraft("表2中“≤0.5%”改为“≤0.3%”", "理事会〔2024〕6号",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)));
        Amendment second = publish(new AmendmentDraft("增加附录C", "理事会〔2025〕2号", LocalDate.of(2025, 2, 1), null));

        assertThat(first.label(standard.publication().number())).isEqualTo("《" + standard.publication().number()
                + "》第1号修改单");
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.inForceFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(amendments.of(secretariat, association, standard.id())).extracting(Amendment::sequence)
                .containsExactly(1, 2);
        assertThat(documents.documentsOf(secretariat, association, StandardService.SUBJECT, standard.id().value(),
                PageRequest.first(10)).items()).filteredOn(d -> d.kind() == DocumentKind.AMENDMENT)
                .extracting(StoredDocument::title).containsExactlyInAnyOrder("第1号修改单", "第2号修改单");
        assertThat(audit.history(secretariat, association, StandardService.SUBJECT, standard.id().value(),
                PageRequest.first(20)).items()).filteredOn(e -> e.action().equals("AMENDED"))
                .extracting(e -> e.details().get("decision")).containsExactly("理事会〔2025〕2号", "理事会〔2024〕6号");
    }

    @Test
    void LC_1_an_amendment_dated_before_the_standard_is_refused_and_stores_nothing() {
        assertThatThrownBy(() -> publish(new AmendmentDraft("提前的修改", "理事会〔2022〕1号", LocalDate.of(2022, 1, 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("publishedOn", "LC-1")));
        assertThat(amendments.of(secretariat, association, standard.id())).isEmpty();
        assertThat(documents.documentsOf(secretariat, association, StandardService.SUBJECT, standard.id().value(),
                PageRequest.first(10)).total()).isZero();
    }

    @Test
    void LC_1_only_a_published_standard_is_amended() {
        StandardId proposal = standards.propose(secretariat, association, new Proposal("未发布标准", null,
                "本文件规定了未发布的内容。", false, false), null).id();

        assertThatThrownBy(() -> {
            try (CheckedFile text = fileCheck.check("修改单.pdf", SampleFiles.pdfStream("x"))) {
                amendments.publish(secretariat, association, proposal, new AmendmentDraft("修改", "决议",
                        LocalDate.of(2024, 3, 1), null), text);
            }
        }).isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey()).isEqualTo("amendments.onlyPublished"));
    }

    private Amendment publish(AmendmentDraft draft) {
        try (CheckedFile text = fileCheck.check("修改单.pdf", SampleFiles.pdfStream(draft.summary()))) {
            return amendments.publish(secretariat, association, standard.id(), draft, text);
        }
    }
}
