package cn.tuanbiao.comments.api;

import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.standards.domain.StandardId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/**
 * Public comments on a draft open for public comment (PART-1), without an account: request a code
 * for an e-mail address, prove it, then comment clause by clause.
 */
@Controller("/api/public/organizations/{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public comments")
class PublicCommentsController {

    private final PublicCatalogue catalogue;
    private final PublicComments comments;

    PublicCommentsController(PublicCatalogue catalogue, PublicComments comments) {
        this.catalogue = catalogue;
        this.comments = comments;
    }

    @Post("/standards/{id}/comment-verifications")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Send a six-digit code to the address; at most 5 codes per address and hour")
    VerificationView requestCode(HttpRequest<?> request, @PathVariable String code, @PathVariable UUID id,
                                 @Body CodeRequest body) {
        PublicOrganization organization = catalogue.organization(code);
        String from = request.getRemoteAddress().getAddress().getHostAddress();
        return new VerificationView(comments.requestCode(organization, new StandardId(id), body.email(), from).toString());
    }

    @Post("/comment-verifications/{verification}/proof")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Prove the address with the code it received; 5 wrong codes end the verification")
    void prove(@PathVariable String code, @PathVariable UUID verification, @Body ProofRequest body) {
        comments.verify(catalogue.organization(code), verification, body.code());
    }

    @Post("/comment-verifications/{verification}/comments")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "A comment from the proven address on the draft it was proven for (for two hours)")
    SubmittedView comment(@PathVariable String code, @PathVariable UUID verification, @Body PublicCommentRequest body) {
        DraftComment comment = comments.comment(catalogue.organization(code), verification, body.name(),
                new CommentDraft(body.clause(), body.commentType(), body.comment(), body.proposedChange(), body.unit()));
        return new SubmittedView(comment.number(), comment.submittedAt().toString());
    }

    @Post("/comment-verifications/{verification}/patent-declarations")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "A patent declaration from the proven address on the draft open for public comment (PART-4)")
    PatentView declarePatent(@PathVariable String code, @PathVariable UUID verification, @Body PatentRequest body) {
        PatentDeclaration declared = comments.declarePatent(catalogue.organization(code), verification,
                new DeclarationDraft(body.patentNumber(), body.patentTitle(), body.holder(), body.licensing(),
                        body.declarantName(), null));
        return new PatentView(declared.patentNumber(), declared.licensing());
    }

    @Serdeable
    record PatentRequest(@Nullable String patentNumber, @Nullable String patentTitle, @Nullable String holder,
                         @Nullable PatentLicensing licensing, @Nullable String declarantName) {
    }

    @Serdeable
    record PatentView(String patentNumber, PatentLicensing licensing) {
    }

    @Serdeable
    record CodeRequest(@Nullable String email) {
    }

    @Serdeable
    record VerificationView(String verification) {
    }

    @Serdeable
    record ProofRequest(@Nullable String code) {
    }

    @Serdeable
    record PublicCommentRequest(@Nullable String name, @Nullable String unit, @Nullable String clause,
                                @Nullable CommentType commentType, @Nullable String comment,
                                @Nullable String proposedChange) {
    }

    @Serdeable
    record SubmittedView(int number, String submittedAt) {
    }
}
