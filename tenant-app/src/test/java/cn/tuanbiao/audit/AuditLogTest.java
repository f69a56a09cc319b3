package cn.tuanbiao.audit;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.domain.ChainVerification;
import cn.tuanbiao.audit.domain.ChainVerification.ChainBreak;
import cn.tuanbiao.audit.domain.ChainVerification.Problem;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AUD-1: each organization's audit log is append-only and hash-chained, and verification finds any broken link. */
class AuditLogTest extends PlatformTest {

    @Inject
    AuditTrail trail;
    @Inject
    AuditLog log;
    @Inject
    Transactions transactions;
    @Inject
    Fixtures fixtures;

    private TenantId organization;
    private PersonId administrator;

    @BeforeEach
    void anOrganizationWithTenEvents() {
        organization = fixtures.association("审计测试协会" + Fixtures.suffix());
        administrator = fixtures.memberOf(organization, ADMINISTRATOR);
        for (int i = 1; i <= 10; i++) {
            record("STEP_" + i);
        }
    }

    @Test
    void an_untouched_chain_verifies_and_each_event_links_to_the_one_before() {
        ChainVerification verification = log.verify(administrator, organization);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(10);
        List<AuditEvent> newestFirst = log.events(administrator, organization, null, PageRequest.first(10)).items();
        for (int i = 0; i < newestFirst.size() - 1; i++) {
            assertThat(newestFirst.get(i).previousHash()).isEqualTo(newestFirst.get(i + 1).hash());
        }
    }

    @Test
    void concurrent_appends_in_one_organization_queue_into_one_unbroken_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                appends.add(pool.submit(() -> record("CONCURRENT_" + n)));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ChainVerification verification = log.verify(administrator, organization);
        assertThat(verification.breaks()).isEmpty();
        assertThat(verification.eventsChecked()).isEqualTo(50);
    }

    @Test
    void the_application_role_can_neither_change_nor_delete_an_event() throws SQLException {
        try (Connection app = TestDatabase.get().appConnection()) {
            app.setAutoCommit(false);
            setTenant(app);
            assertThatThrownBy(() -> app.createStatement().executeUpdate("update audit_events set action = 'FORGED'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            app.rollback();
            setTenant(app);
            assertThatThrownBy(() -> app.createStatement().executeUpdate("delete from audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            app.rollback();
        }
        assertThat(log.verify(administrator, organization).intact()).isTrue();
    }

    @Test
    void even_the_table_owner_is_stopped_by_the_append_only_trigger() throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement update = admin.prepareStatement(
                     "update audit_events set action = 'FORGED' where tenant_id = ? and sequence = 3")) {
            update.setObject(1, organization.value());
            assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void a_changed_event_is_reported_where_it_was_changed() throws SQLException {
        tamper("update audit_events set reason = '事后改写' where tenant_id = ? and sequence = 4");

        assertThat(log.verify(administrator, organization).breaks())
                .containsExactly(new ChainBreak(4, Problem.CONTENT_CHANGED));
    }

    @Test
    void the_platform_verification_walks_every_organization_and_names_the_broken_one() throws SQLException {
        tamper("update audit_events set reason = '事后改写' where tenant_id = ? and sequence = 2");
        List<ChainVerification> results = new ArrayList<>();

        log.verifyAll(results::add);

        assertThat(results).hasSize(organizationsOnThePlatform());
        assertThat(results).filteredOn(r -> r.tenant().equals(organization.value())).singleElement()
                .satisfies(r -> assertThat(r.breaks()).containsExactly(new ChainBreak(2, Problem.CONTENT_CHANGED)));
    }

    @Test
    void a_rehashed_forgery_still_breaks_the_link_to_the_next_event() throws SQLException {
        tamper("update audit_events set hash = repeat('a', 64) where tenant_id = ? and sequence = 6");

        assertThat(log.verify(administrator, organization).breaks())
                .contains(new ChainBreak(6, Problem.CONTENT_CHANGED), new ChainBreak(7, Problem.LINK_BROKEN));
    }

    @Test
    void a_removed_event_is_reported_missing_and_a_removed_last_event_is_caught_by_the_head() throws SQLException {
        tamper("delete from audit_events where tenant_id = ? and sequence = 5");
        assertThat(log.verify(administrator, organization).breaks())
                .contains(new ChainBreak(5, Problem.EVENT_MISSING), new ChainBreak(6, Problem.LINK_BROKEN));

        TenantId other = fixtures.association("另一审计测试协会" + Fixtures.suffix());
        PersonId otherAdministrator = fixtures.memberOf(other, ADMINISTRATOR);
        transactions.inTenant(other, () -> {
            trail.record(new AuditEntry(other, otherAdministrator, "ORGANIZATION", other.value(), "ONLY", null, Map.of()));
            return null;
        });
        tamper(other, "delete from audit_events where tenant_id = ? and sequence = 1");
        assertThat(log.verify(otherAdministrator, other).breaks())
                .containsExactly(new ChainBreak(1, Problem.HEAD_MISMATCH));
    }

    @Test
    void the_whole_log_and_its_verification_are_for_administrators_only() {
        PersonId member = fixtures.memberOf(organization, MEMBER_REPRESENTATIVE);

        assertThatThrownBy(() -> log.verify(member, organization)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.events(member, organization, null, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int organizationsOnThePlatform() throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement count = admin.createStatement();
             var rows = count.executeQuery("select count(*) from organizations")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void record(String action) {
        transactions.inTenant(organization, () -> {
            trail.record(new AuditEntry(organization, administrator, "ORGANIZATION", organization.value(), action,
                    null, Map.of("n", action)));
            return null;
        });
    }

    private void setTenant(Connection app) throws SQLException {
        try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, organization.toString());
            set.execute();
        }
    }

    private void tamper(String sql) throws SQLException {
        tamper(organization, sql);
    }

    /** What only someone with the database's superuser could do: switch the trigger off and rewrite history. */
    private void tamper(TenantId tenant, String sql) throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement ddl = admin.createStatement()) {
            admin.setAutoCommit(false);
            ddl.execute("alter table audit_events disable trigger audit_events_append_only");
            try (PreparedStatement change = admin.prepareStatement(sql)) {
                change.setObject(1, tenant.value());
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            ddl.execute("alter table audit_events enable trigger audit_events_append_only");
            admin.commit();
        }
    }
}
