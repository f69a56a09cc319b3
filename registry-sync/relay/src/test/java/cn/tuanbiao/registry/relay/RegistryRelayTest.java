package cn.tuanbiao.registry.relay;

import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.practice.PracticeFixture;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.registry.relay.domain.Backlog;
import cn.tuanbiao.registry.relay.domain.ClaimedEvent;
import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.registry.relay.persistence.RelayStore.DeadLetter;
import cn.tuanbiao.registry.relay.service.Enrolment;
import cn.tuanbiao.registry.relay.service.Reconciliation;
import cn.tuanbiao.registry.relay.service.RegistryClient;
import cn.tuanbiao.registry.relay.service.RegistryRelay;
import cn.tuanbiao.registry.relay.service.SyncBacklog;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.registry.relay.testing.RunningRegistry;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * PUB-1: what organizations declare reaches the reference national registry — its own program on
 * its own database, over real HTTP through a proxy that fails on demand — exactly once in effect,
 * in order per standard, nothing lost: registry down and back, 500 and 429 answers, a relay killed
 * between sending and recording, two relays at once, a registry that lost events, drift.
 */
class RegistryRelayTest extends PlatformTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final String SYNC_API = "/api/platform/registry-sync";
    private static final DeclarationForm DECLARED = new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
            List.of("能效等级不低于 2 级"), List.of("在线监测"), List.of());
    private static RunningRegistry registry;
    private static FaultyProxy proxy;

    @Inject
    RegistryRelay relay;
    @Inject
    RegistryClient client;
    @Inject
    Enrolment enrolment;
    @Inject
    RelayStore relayStore;
    @Inject
    SyncBacklog backlog;
    @Inject
    @Client("/")
    io.micronaut.http.client.HttpClient http;
    @Inject
    Reconciliation reconciliation;
    @Inject
    Transactions transactions;
    @Inject
    SelfDeclarations declarations;
    @Inject
    StandardService standards;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    cn.tuanbiao.practice.service.PracticeCatalogue practiceCatalogue;
    @Inject
    cn.tuanbiao.practice.service.SelfEvaluations evaluations;
    @Inject
    cn.tuanbiao.violations.service.Violations violations;
    @Inject
    cn.tuanbiao.organizations.service.OrganizationOnboarding onboarding;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        try {
            registry = new RunningRegistry();
            proxy = new FaultyProxy(registry.port());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        properties.put("tuanbiao.registry.url", proxy.url());
        properties.put("tuanbiao.registry.enrolment-token", RunningRegistry.ENROLMENT_TOKEN);
        properties.put("tuanbiao.registry.scheduled", "false");
        properties.put("tuanbiao.registry.first-retry", "200ms");
        properties.put("tuanbiao.registry.max-retry", "1s");
        properties.put("tuanbiao.registry.max-attempts", "6");
        properties.put("tuanbiao.registry.lease", "10s");
        properties.put("tuanbiao.registry.request-timeout", "3s");
        properties.put("tuanbiao.registry.batch-size", "50");
        return properties;
    }

    @AfterEach
    void networkHealed() {
        proxy.pass();
        if (!registry.running()) {
            registry.start();
        }
        drainEverything();
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        proxy.close();
        registry.close();
    }

    @Test
    void PUB_1_a_confirmed_declaration_arrives_signed_and_is_found_by_the_public_search() throws Exception {
        Published standard = aConfirmedDeclaration("数字化车间能效监测通用要求");

        relay.drain();

        assertThat(localStates(standard)).containsExactly("ACCEPTED");
        assertThat(registryVersions(standard)).containsExactly("1 PUBLISHED");
        assertThat(publicSearch("数字化车间能效")).contains(standard.number(), "数字化车间能效监测通用要求");
        assertThat(publicPage(standard)).contains("国内先进", "能效等级不低于 2 级");
        try (Connection db = registry.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select key_id from versions where subject_key = '" + standard.key() + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(enrolment.identity().keyId());
        }
    }

    @Test
    void PUB_1_while_the_registry_is_down_nothing_is_lost_and_everything_arrives_once_when_it_is_back() throws Exception {
        registry.kill();
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(aConfirmedDeclaration("停机期间发布的标准" + i));
        }

        relay.drain();
        assertThat(published).allSatisfy(p -> assertThat(localStates(p)).containsExactly("PENDING"));

        registry.start();
        clock.advance(Duration.ofSeconds(2));
        drainEverything();

        assertThat(published).allSatisfy(p -> {
            assertThat(localStates(p)).containsExactly("ACCEPTED");
            assertThat(registryVersions(p)).containsExactly("1 PUBLISHED");
        });
    }

    @Test
    void PUB_1_answers_500_are_retried_with_backoff_and_a_429_is_not_retried_before_its_retry_after() throws Exception {
        Published first = aConfirmedDeclaration("服务端错误期间发布的标准");
        proxy.answer500();
        relay.drain();
        Instant after500 = nextAttempt(first);
        assertThat(after500).as("full jitter up to the first retry's 200 ms").isBetween(now(), now().plusMillis(200));

        proxy.answer429(120);
        clock.advance(Duration.ofSeconds(1));
        relay.drain();
        assertThat(nextAttempt(first)).isAfterOrEqualTo(now().plusSeconds(120));

        proxy.pass();
        clock.advance(Duration.ofSeconds(60));
        relay.drain();
        assertThat(localStates(first)).as("not due before Retry-After").containsExactly("PENDING");
        clock.advance(Duration.ofSeconds(61));
        // (the connection the proxy cut may fail the first try once more: that is a retry like any other)
        drainEverything();
        assertThat(localStates(first)).containsExactly("ACCEPTED");
        assertThat(registryVersions(first)).containsExactly("1 PUBLISHED");
    }

    @Test
    void PUB_1_a_relay_killed_between_sending_and_recording_leaves_the_event_to_be_sent_again_and_applied_once()
            throws Exception {
        Published standard = aConfirmedDeclaration("中断后重发的标准");
        drainEverything();
        standards.recordPeriodicReview(standard.secretariat(), standard.tenant(), standard.project().id(),
                PeriodicReviewDecision.WITHDRAW, "技术已淘汰");

        // A relay claims and sends, then dies before recording the answer.
        List<ClaimedEvent> claimed = transactions.onPlatform(() -> relayStore.claim(clock.instant(), Duration.ofSeconds(10), 50));
        assertThat(claimed).extracting(ClaimedEvent::subjectKey).contains(standard.key());
        client.send(claimed, enrolment.identity());
        assertThat(registryVersions(standard)).containsExactly("1 PUBLISHED", "2 WITHDRAWN");

        relay.drain();
        assertThat(localStates(standard)).as("leased: nobody sends it again before the lease ends")
                .containsExactly("ACCEPTED", "PENDING");
        clock.advance(Duration.ofSeconds(11));
        relay.drain();

        assertThat(localStates(standard)).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(registryVersions(standard)).containsExactly("1 PUBLISHED", "2 WITHDRAWN");
        assertThat(publicStatus(standard)).isEqualTo("废止");
    }

    @Test
    void PUB_1_two_relays_at_once_deliver_every_event_once_and_in_order_per_standard() throws Exception {
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Published p = aConfirmedDeclaration("并发发送的标准" + i);
            for (int correction = 1; correction <= 3; correction++) {
                declarations.save(p.secretariat(), p.tenant(), p.project().id(), new DeclarationForm(
                        DeclaredLevel.DOMESTIC_ADVANCED, List.of("指标第 " + correction + " 版"), List.of(), List.of()));
            }
            published.add(p);
        }
        proxy.delay(30);

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::drainEverything);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::drainEverything);
        CompletableFuture.allOf(one, two).join();

        assertThat(published).allSatisfy(p -> {
            assertThat(localStates(p)).containsOnly("ACCEPTED").hasSize(4);
            assertThat(registryVersions(p)).containsExactly("1 PUBLISHED", "2 UPDATED", "3 UPDATED", "4 UPDATED");
            assertThat(receivedInSequenceOrder(p)).isTrue();
            assertThat(publicPage(p)).contains("指标第 3 版");
        });
    }

    @Test
    void PUB_1_a_registry_that_lost_events_is_sent_them_again_in_order_before_the_next_one() throws Exception {
        Published standard = aConfirmedDeclaration("登记机构丢失事件的标准");
        declarations.save(standard.secretariat(), standard.tenant(), standard.project().id(), new DeclarationForm(
                DeclaredLevel.DOMESTIC_LEADING, List.of("更正后的指标"), List.of(), List.of()));
        drainEverything();
        forgetInRegistry(standard, 2);

        standards.recordPeriodicReview(standard.secretariat(), standard.tenant(), standard.project().id(),
                PeriodicReviewDecision.WITHDRAW, "已被国家标准取代");
        drainEverything();

        assertThat(registryVersions(standard)).containsExactly("1 PUBLISHED", "2 UPDATED", "3 WITHDRAWN");
        assertThat(localStates(standard)).containsOnly("ACCEPTED");
    }

    @Test
    void PUB_1_nightly_reconciliation_republishes_what_drifted_in_the_registry() throws Exception {
        Published standard = aConfirmedDeclaration("对账后重新公开的标准");
        drainEverything();
        try (Connection db = registry.database(); Statement s = db.createStatement()) {
            s.executeUpdate("update standards set content_hash = repeat('0', 64) where standard_key = '" + standard.key() + "'");
        }

        Reconciliation.Report report = reconciliation.reconcile();
        drainEverything();

        assertThat(report.drifted()).isGreaterThanOrEqualTo(1);
        assertThat(registryVersions(standard)).containsExactly("1 PUBLISHED", "2 UPDATED");
        assertThat(reconciliation.reconcile().drifted()).as("nothing drifts after the republication").isZero();
    }

    // --- fixtures -------------------------------------------------------------------------------

    @Test
    void PUB_1_the_operator_follows_the_backlog_pages_through_dead_letters_and_replays_them() throws Exception {
        PersonId operator = fixtures.operator();
        drainEverything();
        // the clock stands still between tests, so the last test's events share the next one's first instant:
        // a day on, this test's events are the newest of the outbox, as in life
        clock.advance(Duration.ofDays(1));
        Backlog before = backlog.backlog(operator);
        assertThat(before.pending()).as("every earlier test drained its events").isZero();
        assertThat(before.progress()).isEqualTo(1.0);

        registry.kill();
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            published.add(aConfirmedDeclaration("无法送达的标准" + i));
            clock.advance(Duration.ofSeconds(1));
        }
        long ours = pendingEvents();
        Backlog waiting = backlog.backlog(operator);
        assertThat(waiting.pending()).isEqualTo(ours).isGreaterThanOrEqualTo(3);
        assertThat(waiting.windowEvents()).isEqualTo(ours);
        assertThat(waiting.windowSettled()).isZero();
        assertThat(waiting.progress()).isZero();
        assertThat(waiting.oldestPending()).isBefore(now());

        // the registry stays down past the configured tries: every event becomes a dead letter
        for (int round = 0; round < 30 && pendingEvents() > 0; round++) {
            relay.drain();
            clock.advance(Duration.ofSeconds(2));
        }
        Backlog given = backlog.backlog(operator);
        assertThat(given.pending()).isZero();
        assertThat(given.dead()).isEqualTo(before.dead() + ours);
        List<DeadLetter> firstPage = backlog.deadLetters(operator, new PageRequest(0, 2)).items();
        List<DeadLetter> older = backlog.deadLetters(operator, new PageRequest(2, 200)).items();
        assertThat(firstPage).hasSize(2);
        assertThat(older).hasSize((int) (given.dead() - 2)).doesNotContainAnyElementsOf(firstPage);
        assertThat(firstPage.get(0).createdAt()).isAfterOrEqualTo(firstPage.get(1).createdAt())
                .isAfterOrEqualTo(older.get(0).createdAt());
        assertThat(firstPage).extracting(DeadLetter::subjectKey).contains(published.get(2).key());
        assertThat(firstPage.get(0).errorCode()).isNotBlank();

        // the same over REST, for the operator alone
        BlockingHttpClient api = http.toBlocking();
        String operatorToken = token(fixtures.operatorEmail());
        Map<?, ?> overRest = api.retrieve(HttpRequest.GET(SYNC_API + "/backlog").bearerAuth(operatorToken), Map.class);
        assertThat(((Number) overRest.get("dead")).longValue()).isEqualTo(given.dead());
        assertThat(((Number) overRest.get("pending")).longValue()).isZero();
        Map<?, ?> page = api.retrieve(HttpRequest.GET(SYNC_API + "/dead-letters?offset=0&limit=2")
                .bearerAuth(operatorToken), Map.class);
        assertThat((List<?>) page.get("items")).hasSize(2);
        assertThat(((Number) page.get("total")).longValue()).isEqualTo(given.dead());
        String secretary = "relay-secretariat-" + Fixtures.suffix() + "@example.cn";
        fixtures.join(fixtures.person(secretary, "同步秘书处"), published.get(0).tenant(), SECRETARIAT);
        assertThat(catchThrowableOfType(() -> api.retrieve(HttpRequest.GET(SYNC_API + "/backlog")
                .bearerAuth(token(secretary)), Map.class), HttpClientResponseException.class).getStatus().getCode())
                .as("an organization's secretariat sees no deployment-wide backlog").isEqualTo(403);

        registry.start();
        DeadLetter one = firstPage.get(0);
        String replayOne = SYNC_API + "/dead-letters/" + one.tenant() + "/" + one.id() + "/replay";
        assertThat(api.retrieve(HttpRequest.POST(replayOne, "").bearerAuth(operatorToken), Map.class))
                .containsEntry("replayed", 1);
        assertThat(api.retrieve(HttpRequest.POST(replayOne, "").bearerAuth(operatorToken), Map.class))
                .as("no longer dead").containsEntry("replayed", 0);
        assertThat(backlog.replayAll(operator)).isEqualTo(given.dead() - 1);
        Backlog replayed = backlog.backlog(operator);
        assertThat(replayed.pending()).isEqualTo(given.dead());
        assertThat(replayed.dead()).isZero();
        assertThat(replayed.progress()).isLessThan(1.0);

        drainEverything();
        Backlog done = backlog.backlog(operator);
        assertThat(done.pending()).isZero();
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(published).allSatisfy(p -> {
            assertThat(localStates(p)).containsExactly("ACCEPTED");
            assertThat(registryVersions(p)).containsExactly("1 PUBLISHED");
        });
        assertThatThrownBy(() -> backlog.backlog(published.get(0).secretariat()))
                .as("the backlog across organizations is the operator's alone").isInstanceOf(AccessDeniedException.class);
    }

    private String token(String email) {
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email,
                "password", Fixtures.PASSWORD)), Map.class);
        return (String) body.get("access_token");
    }

    record Published(TenantId tenant, PersonId secretariat, StandardProject project, String key, String number,
                     String title) {
    }

    private Published aConfirmedDeclaration(String title) {
        TenantId association = fixtures.association("注册同步测试协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        LocalDate publishedOn = LocalDate.of(2025, 3, 1);
        StandardProject project = standards.registerEarlierPublication(secretariat, association, new EarlierPublication(
                title, null, "本文件规定了" + title + "的技术要求。", SEQUENCE.incrementAndGet(), null, publishedOn,
                publishedOn.plusMonths(1), "浙江省标准化研究院"));
        declarations.confirm(secretariat, association, project.id(), DECLARED, true, true);
        String creditCode = TestDatabaseQuery.local("select credit_code from organizations where id = '"
                + association.value() + "'").get(0);
        return new Published(association, secretariat, project, creditCode + ":" + project.id().value(),
                project.publication().number().toString(), title);
    }

    @Test
    void PUB_2_a_submitted_self_evaluation_reaches_the_registry_as_the_organizations_good_practice_statement() {
        PracticeFixture.theSeedCatalogue(practiceCatalogue, fixtures);
        var association = fixtures.association("良好行为声明协会" + Fixtures.suffix());
        var secretariat = fixtures.memberOf(association, SECRETARIAT);
        int year = evaluations.lastYear();
        var view = evaluations.open(secretariat, association, year);
        for (var indicator : view.catalogue().scored().values()) {
            evaluations.answer(secretariat, association, year, indicator.code(), indicator.basic()
                    ? new AnswerInput(null, true, null)
                    : new AnswerInput(indicator.points(), null, null));
        }
        String key = evaluations.submit(secretariat, association, year, true).sync().get(0).subjectKey();

        drainEverything();

        assertThat(TestDatabaseQuery.local("select state || coalesce(' ' || error_field || ' ' || error_message, '')"
                + " from registry_changes where subject_key = '" + key + "' order by sequence")).containsExactly("ACCEPTED");
        String creditCode = key.substring(0, key.indexOf(':'));
        assertThat(get("/v1/organizations/" + creditCode + "/statements"))
                .contains("\"year\":" + year, "\"stars\":3", "\"basicConditionsMet\":true", "\"type\":\"STATED\"");
    }

    @Test
    void PUB_4_a_published_violation_decision_and_its_correction_reach_the_registry_which_keeps_both_versions() {
        var authority = onboarding.onboard(fixtures.operator(), new cn.tuanbiao.organizations.domain.OrganizationProfile(
                "SUPERVISORY_AUTHORITY", "浙江省市场监督管理局" + Fixtures.suffix(), null, "JG" + Fixtures.suffix().toUpperCase(),
                Fixtures.aCreditCode(), "浙江省人民政府", "团体标准监督管理", "330000", "S92", "黄海", "0571-88886666",
                "jg@example.cn")).id();
        var inspector = fixtures.memberOf(authority, cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR);
        var association = fixtures.association("违规处理协会" + Fixtures.suffix());
        String code = TestDatabaseQuery.local("select code from organizations where id = '" + association.value() + "'")
                .get(0);
        var recorded = violations.record(inspector, authority, new cn.tuanbiao.violations.domain.ViolationDraft(code,
                "《团体标准管理规定》第十九条", "已发布团体标准未自我声明公开。", null, null));
        var decided = violations.decide(inspector, authority, recorded.id(), new cn.tuanbiao.violations.domain.DecisionDraft(
                cn.tuanbiao.violations.domain.ViolationMeasure.WARNING, "浙市监标〔2026〕" + Fixtures.suffix() + "号",
                "给予警告。", violations.today(), null));
        String key = violations.publish(inspector, authority, recorded.id()).sync().get(0).subjectKey();

        drainEverything();

        assertThat(TestDatabaseQuery.local("select state || coalesce(' ' || error_field || ' ' || error_message, '')"
                + " from registry_changes where subject_key = '" + key + "' order by sequence")).containsExactly("ACCEPTED");
        assertThat(violations.get(inspector, authority, recorded.id()).latest().orElseThrow().state())
                .isEqualTo(cn.tuanbiao.declarations.domain.SyncState.ACCEPTED);
        String creditCode = key.substring(0, key.indexOf(':'));
        assertThat(get("/v1/organizations/" + creditCode + "/violations"))
                .contains("\"measure\":\"警告\"", "违规处理协会", "已发布团体标准未自我声明公开", "\"type\":\"DECIDED\"");

        String corrected = "浙市监标〔2026〕" + Fixtures.suffix() + "号";
        violations.correct(inspector, authority, recorded.id(), new cn.tuanbiao.violations.domain.DecisionCorrection(
                new cn.tuanbiao.violations.domain.DecisionDraft(cn.tuanbiao.violations.domain.ViolationMeasure.PUBLIC_CRITICISM,
                        corrected, "予以通报批评。", decided.decision().decidedOn(), null),
                "经行政复议，处理措施变更为通报批评。"));

        drainEverything();

        assertThat(TestDatabaseQuery.local("select sequence || ' ' || event_type || ' ' || state from registry_changes"
                + " where subject_key = '" + key + "' order by sequence"))
                .containsExactly("1 DECIDED ACCEPTED", "2 UPDATED ACCEPTED");
        String notice = get("/v1/organizations/" + creditCode + "/violations");
        assertThat(notice).as("the corrected notice is the current one")
                .contains("\"measure\":\"通报批评\"", "\"decisionNumber\":\"" + corrected + "\"",
                        "经行政复议，处理措施变更为通报批评。", "\"sequence\":2")
                .doesNotContain("\"measure\":\"警告\"");
        assertThat(notice).as("and the earlier version is kept").contains("\"sequence\":1,\"type\":\"DECIDED\"",
                "\"sequence\":2,\"type\":\"UPDATED\"");
    }

    private void drainEverything() {
        for (int round = 0; round < 50; round++) {
            relay.drain();
            if (pendingEvents() == 0) {
                return;
            }
            clock.advance(Duration.ofSeconds(2));
        }
    }

    private long pendingEvents() {
        return count("select count(*) from registry_changes where state = 'PENDING'");
    }

    /** The outbox states of a standard's events, in sequence order (as the organization's page shows them). */
    private List<String> localStates(Published p) {
        return TestDatabaseQuery.local("select state from registry_changes where subject_key = '" + p.key()
                + "' and state <> 'SUPERSEDED' order by sequence");
    }

    /** The test clock as PostgreSQL keeps it (microseconds). */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Instant nextAttempt(Published p) {
        try (Connection db = TestDatabase.get().adminConnection(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select next_attempt_at from registry_changes where subject_key = '" + p.key()
                     + "' and state = 'PENDING'")) {
            r.next();
            return r.getTimestamp(1).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> registryVersions(Published p) {
        try (Connection db = registry.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select sequence || ' ' || event_type from versions where subject_key = '"
                     + p.key() + "' order by sequence")) {
            List<String> versions = new ArrayList<>();
            while (r.next()) {
                versions.add(r.getString(1));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean receivedInSequenceOrder(Published p) {
        try (Connection db = registry.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select bool_and(ordered) from (select received_at >= lag(received_at, 1, received_at)"
                     + " over (order by sequence) as ordered from versions where subject_key = '" + p.key() + "') v")) {
            r.next();
            return r.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registry "restored from a backup": it forgets the standard's events from {@code sequence} on. */
    private void forgetInRegistry(Published p, int sequence) throws SQLException {
        try (Connection db = registry.database(); Statement s = db.createStatement()) {
            s.executeUpdate("delete from versions where subject_key = '" + p.key() + "' and sequence >= " + sequence);
            s.executeUpdate("update standards set last_sequence = " + (sequence - 1) + " where standard_key = '" + p.key() + "'");
        }
    }

    private String publicSearch(String text) {
        return get("/v1/standards?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    /** The standard's public page in the registry: its current declaration and every version. */
    private String publicPage(Published p) {
        return get("/v1/standards/" + URLEncoder.encode(p.key(), StandardCharsets.UTF_8));
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(
                    registry.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String publicStatus(Published p) throws SQLException {
        try (Connection db = registry.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select status from standards where standard_key = '" + p.key() + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static long count(String sql) {
        return Long.parseLong(TestDatabaseQuery.local(sql).get(0));
    }

    /** Reads the deployment's own database as the administrator (the outbox across organizations). */
    private static final class TestDatabaseQuery {

        static List<String> local(String sql) {
            try (Connection db = TestDatabase.get().adminConnection(); Statement s = db.createStatement();
                 ResultSet r = s.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (r.next()) {
                    values.add(r.getString(1));
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
