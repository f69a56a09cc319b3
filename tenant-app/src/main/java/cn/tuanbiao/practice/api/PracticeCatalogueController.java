package cn.tuanbiao.practice.api;

import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.domain.SchemeHeader;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.shared.web.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/** The good-practice indicator catalogue (PUB-2): every organization reads it, the operator imports versions of it. */
@Controller("/api/platform/good-practice/schemes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Good-practice self-evaluation")
class PracticeCatalogueController {

    private final PracticeCatalogue catalogue;

    PracticeCatalogueController(PracticeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @Operation(summary = "The imported scheme versions, newest first")
    List<SchemeView> schemes() {
        return catalogue.schemes().stream().map(SchemeView::of).toList();
    }

    @Get("/{version}")
    @Operation(summary = "A scheme version with its indicators in catalogue order")
    CatalogueView get(@PathVariable String version) {
        Catalogue found = catalogue.catalogue(version);
        return new CatalogueView(SchemeView.of(found.scheme()), found.indicators().stream().map(i -> new IndicatorRow(
                i.code(), i.level(), i.nameZh(), i.nameEn(), i.points(), i.basic(), i.criteria(),
                i.evidence() == null ? null : i.evidence().toString())).toList());
    }

    @Post("/{version}{?year,title,oneStar,twoStar,threeStar}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a catalogue (CSV: code, name, name_en, points, basic, criteria, evidence) as a new version; refused whole, row by row, when any rule fails (operator)")
    SchemeView importCsv(Authentication auth, @PathVariable String version, @Nullable @QueryValue Integer year,
                         @Nullable @QueryValue String title, @Nullable @QueryValue BigDecimal oneStar,
                         @Nullable @QueryValue BigDecimal twoStar, @Nullable @QueryValue BigDecimal threeStar,
                         @Body String csv) {
        SchemeHeader header = new SchemeHeader(version, year, title,
                oneStar == null ? new BigDecimal("70") : oneStar, twoStar == null ? new BigDecimal("85") : twoStar,
                threeStar == null ? new BigDecimal("95") : threeStar);
        return SchemeView.of(catalogue.importCsv(Caller.of(auth), header, version + ".csv", new StringReader(csv)));
    }

    @Serdeable
    record SchemeView(String version, int year, String title, BigDecimal oneStar, BigDecimal twoStar,
                      BigDecimal threeStar, BigDecimal totalPoints, String importedAt) {
        static SchemeView of(Scheme s) {
            return new SchemeView(s.version(), s.year(), s.title(), s.oneStar(), s.twoStar(), s.threeStar(),
                    s.totalPoints(), s.importedAt().toString());
        }
    }

    @Serdeable
    record IndicatorRow(String code, int level, String name, @Nullable String nameEn, BigDecimal points, boolean basic,
                        @Nullable String criteria, @Nullable String evidenceRule) {
    }

    @Serdeable
    record CatalogueView(SchemeView scheme, List<IndicatorRow> indicators) {
    }
}
