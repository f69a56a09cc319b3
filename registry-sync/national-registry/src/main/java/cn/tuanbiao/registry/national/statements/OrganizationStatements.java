package cn.tuanbiao.registry.national.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization's good-practice statements (PUB-2), newest year first, each with every version and its receipt. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationStatements(Organization organization, List<Statement> items) {

    @Serdeable
    public record Organization(String creditCode, String name) {
    }

    /** One year's statement as its last applied event left it; {@code onGoodPracticeList} when a basic condition did not fail. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(String statementKey, int year, String schemeVersion, BigDecimal totalScore, int stars,
                            boolean basicConditionsMet, LocalDate statedOn, int sequence, String contentHash,
                            JsonNode statement, List<Version> versions) {
    }

    @Serdeable
    public record Version(UUID receipt, int sequence, String type, String receivedAt, String keyId, String contentHash) {
    }
}
