package cn.tuanbiao.documents.api;

import cn.tuanbiao.documents.api.DocumentViews.VersionView;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A document's versions and their files (LC-5); adding versions belongs to the subject's own API. */
@Controller("/api/organizations/{organizationId}/documents/{documentId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Documents")
class DocumentsController {

    private final DocumentService documents;

    DocumentsController(DocumentService documents) {
        this.documents = documents;
    }

    @Get("/versions")
    @Operation(summary = "Every version of the document, newest first, with size, SHA-256, who and when")
    List<VersionView> versions(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID documentId) {
        return documents.versions(Caller.of(auth), new TenantId(organizationId), new DocumentId(documentId)).stream()
                .map(VersionView::of).toList();
    }

    @Get(value = "/versions/{version}/content", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The version's file, as uploaded; its SHA-256 is in the Digest-style header X-Content-SHA256")
    HttpResponse<byte[]> content(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID documentId,
                                 @PathVariable int version) {
        DocumentContent content = documents.content(Caller.of(auth), new TenantId(organizationId),
                new DocumentId(documentId), version);
        return Downloads.attachment(content).header("X-Content-SHA256", content.version().sha256());
    }
}
