package cn.tuanbiao.policies.api;

import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.policies.domain.Policy;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.domain.PolicyVersion;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.Parts;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The organization's policies (ORG-6) over REST. */
@Controller("/api/organizations/{organizationId}/policies")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Policies and plans")
class PoliciesController {

    private final PolicyRegister policies;
    private final FileCheck fileCheck;

    PoliciesController(PolicyRegister policies, FileCheck fileCheck) {
        this.policies = policies;
        this.fileCheck = fileCheck;
    }

    @Get("{?topic,offset,limit}")
    @Operation(summary = "The policies in force, each with its current version")
    Page<PolicyView> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue PolicyTopic topic,
                          @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<Policy> page = policies.list(Caller.of(auth), new TenantId(organizationId), topic, new PageRequest(offset, limit));
        return page.map(PolicyView::of);
    }

    @Get("/{policyId}/versions")
    @Operation(summary = "Every adopted version of a policy, newest first")
    List<VersionView> versions(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID policyId) {
        return policies.history(Caller.of(auth), new TenantId(organizationId), policyId).stream().map(VersionView::of).toList();
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Record a version adopted by a decision body: parts topic, title, adoptedByBody, adoptedOn, "
            + "decisionReference, inForceFrom (optional), file (the text)")
    VersionView adopt(Authentication auth, @PathVariable UUID organizationId, @Nullable @Part("topic") String topic,
                      @Nullable @Part("title") String title, @Nullable @Part("adoptedByBody") String adoptedByBody,
                      @Nullable @Part("adoptedOn") String adoptedOn, @Nullable @Part("decisionReference") String reference,
                      @Nullable @Part("inForceFrom") String inForceFrom, @Nullable @Part("file") CompletedFileUpload file) {
        PolicyAdoption adoption = new PolicyAdoption(Parts.enumValue(PolicyTopic.class, "policyTopic", topic), title,
                Parts.uuid("adoptedByBody", adoptedByBody), Parts.date("adoptedOn", adoptedOn), reference,
                Parts.date("inForceFrom", inForceFrom));
        return Uploads.checked(fileCheck, file, text -> VersionView.of(policies.adopt(Caller.of(auth),
                new TenantId(organizationId), adoption, text)));
    }

    @Serdeable
    record PolicyView(String id, PolicyTopic topic, String title, VersionView current) {

        static PolicyView of(Policy p) {
            return new PolicyView(p.id().toString(), p.topic(), p.title(), VersionView.of(p.current()));
        }
    }

    @Serdeable
    record VersionView(int version, String documentId, int documentVersion, String fileName, String adoptedByBody,
                       String adoptedByBodyName, LocalDate adoptedOn, String decisionReference, LocalDate inForceFrom) {

        static VersionView of(PolicyVersion v) {
            return new VersionView(v.version(), v.documentId().toString(), v.documentVersion(), v.fileName(),
                    v.adoptedByBody().toString(), v.adoptedByBodyName(), v.adoptedOn(), v.decisionReference(),
                    v.inForceFrom());
        }
    }
}
