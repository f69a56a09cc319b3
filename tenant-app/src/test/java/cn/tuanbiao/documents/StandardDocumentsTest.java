package cn.tuanbiao.documents;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-5: each stage keeps its documents as immutable, fingerprinted versions; bad files change nothing. */
class StandardDocumentsTest extends PlatformTest {

    @Inject
    StandardService standards;
    @Inject
    StandardDocuments standardDocuments;
    @Inject
    DocumentService documents;
    @Inject
    FileCheck fileCheck;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardId standard;

    @BeforeEach
    void aProposal() {
        association = fixtures.association("文件测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
        standard = standards.propose(secretariat, association, new Proposal("智慧园区能耗监测系统技术要求", null,
                "本文件规定了智慧园区能耗监测系统的技术要求。", false, false), null).id();
    }

    @Test
    void each_upload_to_a_document_adds_a_version_with_its_fingerprint_uploader_and_bytes() throws Exception {
        byte[] first = SampleFiles.pdf("第一稿");
        byte[] second = SampleFiles.pdf("第二稿");

        attach(DocumentKind.PROJECT_PROPOSAL, "项目建议书.pdf", first);
        DocumentVersion latest = attach(DocumentKind.PROJECT_PROPOSAL, "项目建议书（修改）.pdf", second);

        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.sha256()).isEqualTo(sha256(second));
        assertThat(latest.sizeBytes()).isEqualTo(second.length);
        List<DocumentVersion> versions = documents.versions(secretariat, association, latest.document());
        assertThat(versions).extracting(DocumentVersion::version).containsExactly(2, 1);
        assertThat(versions).extracting(DocumentVersion::fileName).containsExactly("项目建议书（修改）.pdf", "项目建议书.pdf");
        assertThat(versions).allSatisfy(v -> assertThat(v.uploadedBy()).isEqualTo(secretariat.value()));
        assertThat(documents.content(secretariat, association, latest.document(), 1).bytes()).isEqualTo(first);
        assertThat(listed()).extracting(StoredDocument::kind).containsExactly(DocumentKind.PROJECT_PROPOSAL);
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_refused_naming_the_field_and_the_rule() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fileCheck.check("项目建议书.pdf", new ByteArrayInputStream(script)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "LC-5", "documents.contentMismatch")));
    }

    @Test
    void unaccepted_types_empty_files_and_files_over_the_limit_are_refused() {
        assertThatThrownBy(() -> fileCheck.check("setup.exe", SampleFiles.pdfStream("x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("documents.typeNotAccepted"));
        assertThatThrownBy(() -> fileCheck.check("空文件.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("documents.empty"));
        FileCheck tiny = new FileCheck(64);
        assertThatThrownBy(() -> tiny.check("大文件.pdf", SampleFiles.pdfStream("x".repeat(100))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("documents.tooLarge"));
    }

    @Test
    void a_member_who_is_neither_secretariat_nor_drafter_cannot_add_a_version() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        try (CheckedFile file = fileCheck.check("草案.pdf", SampleFiles.pdfStream("member"))) {
            assertThatThrownBy(() -> standardDocuments.attach(member, association, standard, DocumentKind.WORKING_DRAFT,
                    null, file)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(listed()).isEmpty();
    }

    @Test
    void the_publication_notice_cannot_be_uploaded_by_hand() {
        try (CheckedFile file = fileCheck.check("公告.pdf", SampleFiles.pdfStream("forged notice"))) {
            assertThatThrownBy(() -> standardDocuments.attach(secretariat, association, standard,
                    DocumentKind.PUBLICATION_NOTICE, null, file))
                    .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.requirement()).isEqualTo("LC-4"));
        }
        assertThat(listed()).isEmpty();
    }

    @Test
    void another_organization_sees_none_of_the_documents() {
        DocumentVersion version = attach(DocumentKind.PROJECT_PROPOSAL, "项目建议书.pdf", SampleFiles.pdf("secret"));
        TenantId other = fixtures.association("另一文件测试协会" + Fixtures.suffix());
        PersonId outsider = fixtures.memberOf(other, SECRETARIAT);

        assertThatThrownBy(() -> documents.content(outsider, association, version.document(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.documentsOf(outsider, other, StandardService.SUBJECT, standard.value(),
                PageRequest.first(10)).items()).isEmpty();
    }

    private List<StoredDocument> listed() {
        return documents.documentsOf(secretariat, association, StandardService.SUBJECT, standard.value(),
                PageRequest.first(10)).items();
    }

    private DocumentVersion attach(DocumentKind kind, String fileName, byte[] bytes) {
        try (CheckedFile file = fileCheck.check(fileName, new ByteArrayInputStream(bytes))) {
            return standardDocuments.attach(secretariat, association, standard, kind, null, file);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
