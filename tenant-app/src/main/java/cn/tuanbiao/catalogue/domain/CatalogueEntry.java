package cn.tuanbiao.catalogue.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One standard as the public sees it (PUB-3): its number once published, titles, scope, status and
 * dates; for a draft open for comment, when its comment period closes.
 */
public record CatalogueEntry(UUID id, String number, String titleZh, String titleEn, String scope, PublicStatus status,
                             LocalDate publishedOn, LocalDate inForceFrom, LocalDate commentCloses,
                             String draftingUnits) {
}
