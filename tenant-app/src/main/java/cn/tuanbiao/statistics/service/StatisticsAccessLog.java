package cn.tuanbiao.statistics.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.domain.StatisticsReport;
import cn.tuanbiao.statistics.domain.StatisticsScope;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records every read across organizations: who read which report over which organizations with
 * which filter. Two records of one read, sharing its id: a line in the application log (logger
 * {@code cn.tuanbiao.statistics.access}, for the operator's monitoring, whoever reads), and, when
 * the reader acts for an organization, an event {@code STATISTICS_READ} in that organization's
 * own hash-chained audit log (AUD-1), in the transaction of the read, so that its administrators
 * see who of their staff looked at what. The organizations read about are not told: their
 * counts are public, and a log of theirs would reveal who supervises them how closely.
 */
@Singleton
public class StatisticsAccessLog {

    public static final String SUBJECT = "STATISTICS";
    public static final String ACTION = "STATISTICS_READ";

    private static final Logger LOG = LoggerFactory.getLogger("cn.tuanbiao.statistics.access");

    private final AuditTrail audit;

    public StatisticsAccessLog(AuditTrail audit) {
        this.audit = audit;
    }

    public void read(StatisticsReader reader, StatisticsReport report, StatisticsScope scope, StatisticsFilter filter,
                     long rows) {
        UUID readId = UUID.randomUUID();
        Map<String, String> details = details(reader, report, scope, filter, rows);
        LOG.info("Statistics read {}: person {} for {} read {} {}", readId, reader.person(),
                reader.organization().map(Object::toString).orElse("the platform"), report, details);
        reader.organization().ifPresent(organization -> audit.record(new AuditEntry(organization, reader.person(),
                SUBJECT, readId, ACTION, null, details)));
    }

    private static Map<String, String> details(StatisticsReader reader, StatisticsReport report, StatisticsScope scope,
                                               StatisticsFilter filter, long rows) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("report", report.name());
        d.put("reader", reader.kind().name());
        if (scope instanceof Jurisdiction territory) {
            d.put("region", territory.isNationwide() ? "*" : territory.prefix());
        } else if (scope instanceof MemberOrganizations members) {
            d.put("members", String.valueOf(members.members().size()));
        }
        if (filter.kind() != null) {
            d.put("kind", filter.kind().name());
        }
        if (filter.industryPrefix() != null) {
            d.put("industry", filter.industryPrefix());
        }
        if (filter.fromYear() != null) {
            d.put("fromYear", filter.fromYear().toString());
        }
        if (filter.toYear() != null) {
            d.put("toYear", filter.toYear().toString());
        }
        d.put("rows", String.valueOf(rows));
        return d;
    }
}
