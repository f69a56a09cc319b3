package cn.tuanbiao.registry.national.violations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The violations decided against an organization by supervisory authorities (PUB-4), newest decision
 * first, each as its last applied event left it, with every version and its receipt.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationViolations(Organization organization, List<Violation> items) {

    @Serdeable
    public record Organization(String creditCode, String name) {
    }

    @Serdeable
    public record Authority(String creditCode, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String violationKey, Authority authority, String measure, String decisionNumber,
                            LocalDate decidedOn, LocalDate publishedOn, int sequence, String contentHash,
                            JsonNode violation, List<Version> versions) {
    }

    @Serdeable
    public record Version(UUID receipt, int sequence, String type, String receivedAt, String keyId, String contentHash) {
    }
}
