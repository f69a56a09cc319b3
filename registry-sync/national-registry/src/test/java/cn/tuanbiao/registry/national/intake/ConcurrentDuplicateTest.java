package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.RepeatedTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §4: two relays sending the same event at once store one version; the other gets ALREADY_APPLIED with its receipt. */
class ConcurrentDuplicateTest {

    private final RegistryClient registry = new RegistryClient();

    @RepeatedTest(3)
    void the_same_first_event_sent_twice_at_once_stores_exactly_one_version() throws Exception {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        deployment.send(profile(creditCode, 1));
        Map<String, Object> publication = published(creditCode, "std-c", "T/ZJZZ 21—2026", "并发发布的标准");

        List<Answer> answers = concurrently(() -> deployment.send(publication), () -> deployment.send(publication));

        assertThat(answers).extracting(answer -> answer.text("results.0.outcome"))
                .containsExactlyInAnyOrder("APPLIED", "ALREADY_APPLIED");
        assertThat(answers.get(0).text("results.0.receipt")).isEqualTo(answers.get(1).text("results.0.receipt"));
        assertThat(storedVersions(creditCode + ":std-c")).isEqualTo(1);
    }

    @SafeVarargs
    private static List<Answer> concurrently(java.util.function.Supplier<Answer>... sends) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(sends.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Answer>> futures = java.util.Arrays.stream(sends)
                    .map(send -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return send.get();
                    }, threads))
                    .toList();
            start.countDown();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    private int storedVersions(String standardKey) throws Exception {
        try (Connection connection = registry.server().database().appConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from versions where subject = 'STANDARD' and subject_key = ?")) {
            count.setString(1, standardKey);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
