package cn.tuanbiao.screening.api;

import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.screening.service.MandatoryStandardsImport;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.StringReader;

/** The operator's list of mandatory national standards that projects are checked against (LC-7). */
@Controller("/api/platform/mandatory-standards")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Checks before approval")
class MandatoryStandardsController {

    private final MandatoryStandardsImport mandatory;

    MandatoryStandardsController(MandatoryStandardsImport mandatory) {
        this.mandatory = mandatory;
    }

    @Get("{?q,offset,limit}")
    @Operation(summary = "The imported mandatory national standards, searched by number or title, paged")
    Page<ReferenceStandard> list(@Nullable @QueryValue String q, @QueryValue(defaultValue = "0") int offset,
                                 @QueryValue(defaultValue = "50") int limit) {
        return mandatory.list(q, new PageRequest(offset, limit));
    }

    @Post
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a CSV list (columns number, title, scope); refused whole when any row is bad (operator)")
    MandatoryStandardsImport.ImportResult importCsv(Authentication auth, @Body String csv) {
        return mandatory.importCsv(Caller.of(auth), new StringReader(csv));
    }
}
