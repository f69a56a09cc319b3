package cn.tuanbiao.chambers.api;

import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.shared.domain.NotFoundException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A chamber's fee rules declaration in force, as its public catalogue shows it (SUP-3, PUB-3). */
@Controller("/api/public/organizations/{code}/fee-rules")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public catalogue")
class PublicFeeRulesController {

    private final PublicCatalogue catalogue;
    private final ChamberReports reports;

    PublicFeeRulesController(PublicCatalogue catalogue, ChamberReports reports) {
        this.catalogue = catalogue;
        this.reports = reports;
    }

    @Get
    @Operation(summary = "The declaration in force: the fees, their basis, the commitment")
    FeeDeclaration feeRules(@PathVariable String code) {
        return reports.publicFeeRules(catalogue.organization(code))
                .orElseThrow(() -> new NotFoundException("chambers.fees.none"));
    }
}
