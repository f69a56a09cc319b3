package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's throughput, end to end over HTTP on this machine (goal: at least 2,000 events/s on
 * 2 cores): full batches of 500 events (10 profiles, 490 publications), signed, from two relays at
 * once. Prints the figure; not part of the normal test run ({@code -Dgroups=benchmark}).
 */
@Tag("benchmark")
class IntakeThroughputBenchmark {

    private static final int BATCHES = 40;
    private static final int RELAYS = 2;

    private final RegistryClient registry = new RegistryClient();

    @Test
    void full_batches_from_two_relays() throws Exception {
        Deployment deployment = registry.aDeployment();
        List<byte[]> bodies = new ArrayList<>();
        for (int b = 0; b < BATCHES + 4; b++) {
            bodies.add(deployment.batch(fullBatch()));
        }
        for (int warmUp = 0; warmUp < 4; warmUp++) {
            deployment.send(bodies.get(BATCHES + warmUp), UUID.randomUUID());
        }

        ExecutorService relays = Executors.newFixedThreadPool(RELAYS);
        long started = System.nanoTime();
        List<Future<Answer>> answers = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            byte[] body = bodies.get(b);
            answers.add(relays.submit(() -> deployment.send(body, UUID.randomUUID())));
        }
        for (Future<Answer> answer : answers) {
            assertThat(answer.get().text("results.499.outcome")).isEqualTo("APPLIED");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        relays.shutdown();
        System.out.printf("intake: %d events in %.2f s = %.0f events/s%n", BATCHES * 500, seconds, BATCHES * 500 / seconds);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] fullBatch() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int o = 0; o < 10; o++) {
            String creditCode = creditCode();
            events.add(profile(creditCode, 1));
            for (int s = 1; s <= 49; s++) {
                events.add(published(creditCode, "s" + s, "T/ZJZZ " + s + "—2026", "智能制造 数字孪生系统通用要求 第" + s + "部分"));
            }
        }
        return events.subList(0, 500).toArray(Map[]::new);
    }
}
