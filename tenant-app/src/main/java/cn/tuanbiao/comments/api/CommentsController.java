package cn.tuanbiao.comments.api;

import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.ResolutionTables;
import cn.tuanbiao.documents.api.Downloads;
import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.CommentResolution;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.util.UUID;

/** Comments on a draft and their dispositions (PART-1), with the resolution table as Excel or Word. */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Comments")
class CommentsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CommentService comments;
    private final ResolutionTables tables;
    private final FileCheck fileCheck;

    CommentsController(CommentService comments, ResolutionTables tables, FileCheck fileCheck) {
        this.comments = comments;
        this.tables = tables;
        this.fileCheck = fileCheck;
    }

    @Get("/standards/{id}/comments{?onlyOpen,offset,limit}")
    @Operation(summary = "The comments on the draft in table order; onlyOpen lists those still without a disposition")
    Page<CommentView> list(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                           @QueryValue(defaultValue = "false") boolean onlyOpen,
                           @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<DraftComment> page = comments.ofStandard(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                onlyOpen, new PageRequest(offset, limit));
        return page.map(CommentView::of);
    }

    @Post("/standards/{id}/comments")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "A member's comment on a clause while the comment period runs (LC-2, PART-1)")
    CommentView comment(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                        @Body CommentRequest body) {
        return CommentView.of(comments.comment(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.toDraft()));
    }

    @Post(value = "/standards/{id}/comments/with-attachment", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "A member's comment with a file (parts clause, commentType, comment, proposedChange, unit, file: "
            + "PDF, OFD, Word, Excel, PNG or JPEG whose content matches its extension)")
    CommentView commentWithAttachment(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                      @Nullable @Part("clause") String clause,
                                      @Nullable @Part("commentType") String commentType,
                                      @Nullable @Part("comment") String comment,
                                      @Nullable @Part("proposedChange") String proposedChange,
                                      @Nullable @Part("unit") String unit,
                                      @Nullable @Part("file") CompletedFileUpload file) {
        CommentDraft draft = new CommentDraft(clause, typeOf(commentType), comment, proposedChange, unit);
        return Uploads.checked(fileCheck, file, checked -> CommentView.of(comments.comment(Caller.of(auth),
                new TenantId(organizationId), new StandardId(id), draft, checked)));
    }

    @Get(value = "/comments/{commentId}/attachment", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The file attached to a comment")
    HttpResponse<byte[]> attachment(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID commentId) {
        return Downloads.attachment(comments.attachment(Caller.of(auth), new TenantId(organizationId), commentId));
    }

    private static CommentType typeOf(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : CommentType.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Get("/standards/{id}/comments/progress")
    @Operation(summary = "How many comments there are and how many still lack a disposition")
    ProgressView progress(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        CommentResolution.Progress p = comments.progress(Caller.of(auth), new TenantId(organizationId), new StandardId(id));
        return new ProgressView(p.comments(), p.disposed(), p.open());
    }

    @Put("/comments/{commentId}/disposition")
    @Operation(summary = "The working group's disposition of a comment, with its reason (PART-1); "
            + "revisable until the draft goes to review")
    CommentView dispose(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID commentId,
                        @Body DispositionRequest body) {
        return CommentView.of(comments.dispose(Caller.of(auth), new TenantId(organizationId), commentId,
                body.disposition(), body.reason()));
    }

    @Get(value = "/standards/{id}/comments/resolution-table.xlsx", produces = XLSX)
    @Operation(summary = "The comment resolution table (意见汇总处理表) as Excel")
    HttpResponse<byte[]> excel(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return table(Caller.of(auth), new TenantId(organizationId), new StandardId(id), ResolutionTables.Format.EXCEL);
    }

    @Get(value = "/standards/{id}/comments/resolution-table.docx", produces = DOCX)
    @Operation(summary = "The comment resolution table (意见汇总处理表) as Word")
    HttpResponse<byte[]> word(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return table(Caller.of(auth), new TenantId(organizationId), new StandardId(id), ResolutionTables.Format.WORD);
    }

    // A table of ten thousand comments is about a megabyte: written to memory, then sent.
    private HttpResponse<byte[]> table(PersonId caller, TenantId tenant, StandardId standard,
                                       ResolutionTables.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.export(caller, tenant, standard, format, out);
        return Downloads.attachment(out.toByteArray(), format.mediaType(), tables.fileName(caller, tenant, standard, format));
    }

    @Serdeable
    record CommentRequest(@Nullable String clause, @Nullable CommentType commentType, @Nullable String comment,
                          @Nullable String proposedChange, @Nullable String unit) {

        CommentDraft toDraft() {
            return new CommentDraft(clause, commentType, comment, proposedChange, unit);
        }
    }

    @Serdeable
    record DispositionRequest(@Nullable Disposition disposition, @Nullable String reason) {
    }

    @Serdeable
    record ProgressView(int comments, int disposed, int open) {
    }

    @Serdeable
    record CommentView(String id, int number, String clause, CommentType commentType, String comment,
                       @Nullable String proposedChange, String commenterName, @Nullable String commenterUnit,
                       boolean fromThePublic, @Nullable String publicEmail, String submittedAt,
                       @Nullable Disposition disposition, @Nullable String reason, @Nullable String disposedBy,
                       @Nullable String disposedAt, boolean hasAttachment) {

        static CommentView of(DraftComment c) {
            return new CommentView(c.id().toString(), c.number(), c.clause(), c.type(), c.comment(), c.proposedChange(),
                    c.commenterName(), c.commenterUnit(), c.isPublic(), c.maskedEmail(), c.submittedAt().toString(),
                    c.disposition(), c.dispositionReason(), c.disposedByName(),
                    c.disposedAt() == null ? null : c.disposedAt().toString(), c.attachment() != null);
        }
    }
}
