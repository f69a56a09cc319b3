package cn.tuanbiao.console.supervision.api;

import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.service.RandomInspections;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The published random inspections of an authority (一公开, SUP-2), without signing in: the seed,
 * both pools by key with each key's rank, the organizations drawn with their findings, the names
 * of the inspectors drawn — everything needed to re-run the draw (SHA-256 of {@code seed:key},
 * ascending) and check it.
 */
@Controller("/api/public/inspections/{authorityCode}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Published random inspections")
class PublicInspectionsController {

    private final RandomInspections inspections;

    PublicInspectionsController(RandomInspections inspections) {
        this.inspections = inspections;
    }

    @Get
    @Operation(summary = "The authority's published random inspections, newest first")
    List<PublishedInspection> list(@PathVariable String authorityCode) {
        return inspections.published(authorityCode).stream().map(PublishedInspection::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One published random inspection, with the pools and a re-run of the draw")
    PublishedInspection get(@PathVariable String authorityCode, @PathVariable UUID id) {
        return PublishedInspection.of(inspections.published(authorityCode, id));
    }

    @Serdeable
    record PublishedInspection(UUID id, String title, String seed, String poolDigest, String drawnAt,
                               String publishedAt, int organizationsRequested, int inspectorsRequested,
                               List<PublishedCandidate> organizations, List<String> inspectorPool,
                               List<String> inspectorsDrawn, boolean verified) {

        static PublishedInspection of(InspectionDraw d) {
            return new PublishedInspection(d.id(), d.title(), d.seed(), d.poolDigest(), d.drawnAt().toString(),
                    d.publishedAt().map(Object::toString).orElse(null), d.organizationsRequested(),
                    d.inspectorsRequested(), d.organizations().stream().map(PublishedCandidate::of).toList(),
                    d.inspectors().stream().map(Candidate::key).sorted().toList(),
                    d.drawnInspectors().stream().map(Candidate::label).toList(), d.verify().matches());
        }
    }

    @Serdeable
    record PublishedCandidate(String code, String name, int rank, boolean drawn, @Nullable String result,
                              @Nullable String finding) {

        static PublishedCandidate of(Candidate c) {
            return new PublishedCandidate(c.key(), c.label(), c.rank(), c.drawn(),
                    c.finding().map(f -> f.result().name()).orElse(null),
                    c.finding().map(f -> f.text()).orElse(null));
        }
    }
}
