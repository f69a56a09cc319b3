package cn.tuanbiao.catalogue.api;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.domain.PublicStatus;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.documents.api.Downloads;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization's public catalogue (PUB-3) over REST, without signing in. */
@Controller("/api/public/organizations/{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public catalogue")
class CatalogueController {

    private final PublicCatalogue catalogue;

    CatalogueController(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @Operation(summary = "The organization whose catalogue this is")
    OrganizationView organization(@PathVariable String code) {
        PublicOrganization o = catalogue.organization(code);
        return new OrganizationView(o.code(), o.nameZh(), o.nameEn());
    }

    @Get("/standards{?text,offset,limit}")
    @Operation(summary = "Published standards, newest first; text searches title, scope and number")
    Page<EntryView> published(@PathVariable String code, @Nullable @QueryValue String text,
                              @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return views(catalogue.published(catalogue.organization(code), text, new PageRequest(offset, limit)));
    }

    @Get("/drafts{?offset,limit}")
    @Operation(summary = "Drafts open for public comment today, the soonest closing first")
    Page<EntryView> openDrafts(@PathVariable String code, @QueryValue(defaultValue = "0") int offset,
                               @QueryValue(defaultValue = "50") int limit) {
        return views(catalogue.openDrafts(catalogue.organization(code), new PageRequest(offset, limit)));
    }

    @Get("/standards/{id}")
    @Operation(summary = "One published standard or open draft, with the kinds of its public documents")
    EntryView entry(@PathVariable String code, @PathVariable UUID id) {
        return EntryView.of(catalogue.entry(catalogue.organization(code), id));
    }

    @Get(value = "/standards/{id}/documents/{kind}", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The latest version of a public document: an open draft's text and notes, a standard's notice")
    HttpResponse<byte[]> document(@PathVariable String code, @PathVariable UUID id, @PathVariable DocumentKind kind) {
        return Downloads.attachment(catalogue.document(catalogue.organization(code), id, kind));
    }

    private static Page<EntryView> views(Page<CatalogueEntry> page) {
        return page.map(EntryView::of);
    }

    @Serdeable
    record OrganizationView(String code, String nameZh, @Nullable String nameEn) {
    }

    @Serdeable
    record EntryView(String id, @Nullable String number, String titleZh, @Nullable String titleEn, String scope,
                     PublicStatus status, @Nullable LocalDate publishedOn, @Nullable LocalDate inForceFrom,
                     @Nullable LocalDate commentsUntil, @Nullable String draftingUnits, List<DocumentKind> documents) {

        static EntryView of(CatalogueEntry e) {
            return new EntryView(e.id().toString(), e.number(), e.titleZh(), e.titleEn(), e.scope(), e.status(),
                    e.publishedOn(), e.inForceFrom(), e.commentCloses() == null ? null : e.commentCloses().minusDays(1),
                    e.draftingUnits(), PublicCatalogue.publicDocuments(e));
        }
    }
}
