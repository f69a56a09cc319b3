package cn.tuanbiao.declarations.service;

import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.domain.StandardDeclaration;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.persistence.DocumentStore;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.persistence.PatentStore;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Publication;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Builds a standard's self-declaration (PUB-1) from what the records prove — the organization,
 * the standard's title, number, dates, scope, the publication notice and its hash, the declared
 * patents — and what the organization declared, in the transaction's tenant.
 */
@Singleton
class SelfDeclarationAssembler {

    /** More patents than this on one standard would be a register of its own; the declaration lists the first. */
    private static final int MAX_PATENTS = 200;

    private final DocumentStore documents;
    private final PatentStore patents;

    SelfDeclarationAssembler(DocumentStore documents, PatentStore patents) {
        this.documents = documents;
        this.patents = patents;
    }

    SelfDeclaration assemble(Organization organization, StandardProject standard, StandardDeclaration declared) {
        DeclarationForm form = declared.form();
        SelfDeclaration.Commitments commitments = declared.confirmed()
                ? new SelfDeclaration.Commitments(true, true, declared.confirmedByName(), declared.confirmedAt().toString())
                : new SelfDeclaration.Commitments(false, false, null, null);
        return new SelfDeclaration(
                new SelfDeclaration.OrganizationPart(organization.nameZh(), organization.creditCode().value()),
                standardPart(standard), patentParts(standard),
                form.level() == null ? null : form.level().label(),
                form.performanceIndicators(), form.functionalIndicators(), form.comparisons(),
                commitments, status(standard.stage()));
    }

    /** 现行 / 废止 / 被代替: the platform's own labels. */
    static String status(Stage stage) {
        return switch (stage) {
            case WITHDRAWN -> "废止";
            case REPLACED -> "被代替";
            default -> "现行";
        };
    }

    private SelfDeclaration.StandardPart standardPart(StandardProject standard) {
        Publication publication = standard.publication();
        return new SelfDeclaration.StandardPart(standard.subject().titleZh(), blankToNull(standard.subject().titleEn()),
                publication.number().toString(), publication.publishedOn().toString(),
                publication.inForceFrom().toString(), publicationDocument(standard), standard.subject().scope(),
                null, null);
    }

    private SelfDeclaration.PublicationDocument publicationDocument(StandardProject standard) {
        return documents.firstOfKind(StandardService.SUBJECT, standard.id().value(), DocumentKind.PUBLICATION_NOTICE)
                .flatMap(notice -> documents.document(notice.id()).map(stored -> {
                    List<DocumentVersion> versions = documents.versions(notice.id());
                    String sha256 = versions.isEmpty() ? null : versions.get(0).sha256(); // newest first
                    return new SelfDeclaration.PublicationDocument(stored.title(), sha256);
                }))
                .orElse(null);
    }

    private List<SelfDeclaration.PatentPart> patentParts(StandardProject standard) {
        return patents.list(standard.id().value(), new PageRequest(0, MAX_PATENTS)).items().stream()
                .map(SelfDeclarationAssembler::patentPart).toList();
    }

    private static SelfDeclaration.PatentPart patentPart(PatentDeclaration patent) {
        String licensing = switch (patent.licensing()) {
            case FREE -> "免费许可";
            case FRAND -> "公平、合理、无歧视许可";
            case REFUSE -> "不同意许可";
        };
        return new SelfDeclaration.PatentPart(patent.patentNumber(), patent.patentTitle(), patent.holder(), licensing,
                patent.refusalDecision());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
