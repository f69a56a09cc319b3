package cn.tuanbiao.standards.service;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.standards.domain.Publication;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.time.Year;

/**
 * Issues a standard's publication notice (发布公告, LC-4) inside the publishing transaction: the
 * next number of the organization's notice series, the notice rendered as a PDF in Chinese, kept
 * as the standard's PUBLICATION_NOTICE document. A refused publication takes neither number nor
 * document with it.
 */
@Singleton
public class PublicationNotices {

    private final DocumentNumbering numbering;
    private final PublicationNoticePdf pdf;
    private final FileCheck fileCheck;
    private final DocumentService documents;
    private final OrganizationRepository organizations;

    public PublicationNotices(DocumentNumbering numbering, PublicationNoticePdf pdf, FileCheck fileCheck,
                              DocumentService documents, OrganizationRepository organizations) {
        this.numbering = numbering;
        this.pdf = pdf;
        this.fileCheck = fileCheck;
        this.documents = documents;
        this.organizations = organizations;
    }

    public DocumentVersion issue(PersonId by, TenantId tenant, StandardProject published) {
        Publication publication = published.publication();
        IssuedNumber notice = numbering.issue(by, tenant, DocumentSeries.NOTICE,
                Year.of(publication.publishedOn().getYear()), StandardService.SUBJECT, published.id().value());
        String organizationName = organizations.findById(tenant.value()).map(o -> o.nameZh()).orElseThrow();
        String draftingUnits = published.drafting() == null ? null : published.drafting().draftingUnits();
        byte[] rendered = pdf.render(new PublicationNoticePdf.Notice(organizationName, notice.number(),
                publication.number().toString(), published.subject().titleZh(), draftingUnits,
                publication.publishedOn(), publication.inForceFrom()));
        String fileName = publication.number().toString().replace('/', '-').replace(' ', '_') + "-发布公告.pdf";
        try (CheckedFile file = fileCheck.check(fileName, new ByteArrayInputStream(rendered))) {
            return documents.addVersion(tenant, by, StandardService.SUBJECT, published.id().value(),
                    DocumentKind.PUBLICATION_NOTICE, notice.number(), file);
        }
    }
}
