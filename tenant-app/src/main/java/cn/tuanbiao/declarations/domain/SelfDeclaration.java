package cn.tuanbiao.declarations.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A standard's self-declaration as the registry receives it (PUB-1; registry-sync/PROTOCOL.md §5):
 * every field the national platform publishes, under the protocol's names. Built from the records
 * and the organization's declaration; its canonical JSON's SHA-256 is the content hash that
 * reconciliation compares.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelfDeclaration(OrganizationPart organization, StandardPart standard, List<PatentPart> patents,
                              String level, List<String> performanceIndicators, List<String> functionalIndicators,
                              List<Comparison> comparison, Commitments commitments, String status) {

    /** 团体名称, 统一社会信用代码. */
    @Serdeable
    public record OrganizationPart(String name, String creditCode) {
    }

    /** 标准名称 … 范围: what the records of the standard prove. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StandardPart(String title, String titleEn, String number, String publishedOn, String inForceFrom,
                               PublicationDocument publicationDocument, String scope, String ics, String ccs) {
    }

    /** 发布文件: the publication notice's number and the SHA-256 of its PDF (LC-4). */
    @Serdeable
    public record PublicationDocument(String number, String sha256) {
    }

    /** 标准涉及专利: a declared patent and its licensing commitment (PART-4), with the decision on a refusal. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PatentPart(String number, String title, String holder, String licensing, String decision) {
    }

    /** The two commitments (自我承诺), confirmed by whom and when. */
    @Serdeable
    public record Commitments(boolean lawfulAndTrue, boolean compliant, String confirmedBy, String confirmedAt) {
    }
}
