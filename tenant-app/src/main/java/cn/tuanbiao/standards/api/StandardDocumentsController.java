package cn.tuanbiao.standards.api;

import cn.tuanbiao.documents.api.DocumentViews.DocumentView;
import cn.tuanbiao.documents.api.DocumentViews.VersionView;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** A standard's stage documents (LC-5) over REST: list them, and upload a new version as multipart form data. */
@Controller("/api/organizations/{organizationId}/standards/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Standards lifecycle")
class StandardDocumentsController {

    private final StandardDocuments standardDocuments;
    private final DocumentService documents;
    private final FileCheck fileCheck;

    StandardDocumentsController(StandardDocuments standardDocuments, DocumentService documents, FileCheck fileCheck) {
        this.standardDocuments = standardDocuments;
        this.documents = documents;
        this.fileCheck = fileCheck;
    }

    @Get("{?offset,limit}")
    @Operation(summary = "The standard's documents, each with its newest version")
    Page<DocumentView> list(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<StoredDocument> page = documents.documentsOf(Caller.of(auth), new TenantId(organizationId),
                StandardService.SUBJECT, id, new PageRequest(offset, limit));
        return page.map(DocumentView::of);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a version: parts kind (DocumentKind), title (optional), file (PDF, OFD, Word, Excel, "
            + "PNG or JPEG whose content matches its extension, at most the configured size)")
    VersionView upload(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                       @Nullable @Part("kind") String kind, @Nullable @Part("title") String title,
                       @Nullable @Part("file") CompletedFileUpload file) {
        DocumentKind documentKind = parseKind(kind);
        return Uploads.checked(fileCheck, file, checked -> VersionView.of(standardDocuments.attach(Caller.of(auth),
                new TenantId(organizationId), new StandardId(id), documentKind, title, checked)));
    }

    private static DocumentKind parseKind(String kind) {
        try {
            return DocumentKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("documentKind", "FORMAT", "validation.required"));
        }
    }
}
