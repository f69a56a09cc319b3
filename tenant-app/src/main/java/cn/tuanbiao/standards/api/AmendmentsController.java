package cn.tuanbiao.standards.api;

import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.Parts;
import cn.tuanbiao.standards.domain.Amendment;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardAmendments;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Amendments (修改单) to a published standard (LC-1) over REST. */
@Controller("/api/organizations/{organizationId}/standards/{id}/amendments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Standards lifecycle")
class AmendmentsController {

    private final StandardAmendments amendments;
    private final FileCheck fileCheck;

    AmendmentsController(StandardAmendments amendments, FileCheck fileCheck) {
        this.amendments = amendments;
        this.fileCheck = fileCheck;
    }

    @Get
    @Operation(summary = "The standard's amendments in order")
    List<AmendmentView> list(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return amendments.of(Caller.of(auth), new TenantId(organizationId), new StandardId(id)).stream()
                .map(AmendmentView::of).toList();
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Publish an amendment: parts summary, decisionReference, publishedOn, inForceFrom (optional), file")
    AmendmentView publish(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                          @Nullable @Part("summary") String summary, @Nullable @Part("decisionReference") String reference,
                          @Nullable @Part("publishedOn") String publishedOn, @Nullable @Part("inForceFrom") String inForceFrom,
                          @Nullable @Part("file") CompletedFileUpload file) {
        AmendmentDraft draft = new AmendmentDraft(summary, reference, Parts.date("publishedOn", publishedOn),
                Parts.date("inForceFrom", inForceFrom));
        return Uploads.checked(fileCheck, file, text -> AmendmentView.of(amendments.publish(Caller.of(auth),
                new TenantId(organizationId), new StandardId(id), draft, text)));
    }

    @Serdeable
    record AmendmentView(int sequence, String summary, String decisionReference, LocalDate publishedOn,
                         LocalDate inForceFrom, String documentId) {

        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.sequence(), a.summary(), a.decisionReference(), a.publishedOn(), a.inForceFrom(),
                    a.documentId().toString());
        }
    }
}
