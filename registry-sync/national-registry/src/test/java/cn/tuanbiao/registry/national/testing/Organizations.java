package cn.tuanbiao.registry.national.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.registry.national.testing.Events.with;

/**
 * An organization of a test, sent through the real signed intake: its profile with the fields a
 * test cares about, then standards published, withdrawn or replaced as events with their sequences.
 */
public final class Organizations {

    private final Deployment deployment;
    private final String creditCode;
    private final String code;
    private final String name;
    private final List<String> published = new ArrayList<>();
    private final Map<Integer, String> publishedOn = new HashMap<>();

    private Organizations(Deployment deployment, String creditCode, String code, String name) {
        this.deployment = deployment;
        this.creditCode = creditCode;
        this.code = code;
        this.name = name;
    }

    /** Enrols the organization's profile: region (GB/T 2260), industry section (GB/T 4754), sector, registration date. */
    public static Organizations register(Deployment deployment, String name, String regionCode, String industrySection,
                                         String sector, String registeredOn) {
        String creditCode = Events.creditCode();
        Map<String, Object> profile = Events.profile(creditCode, 1);
        profile = with(profile, "profile.name", name);
        profile = with(profile, "profile.regionCode", regionCode);
        profile = with(profile, "profile.industrySection", industrySection);
        profile = with(profile, "profile.sector", sector);
        profile = with(profile, "profile.registeredOn", registeredOn);
        expectApplied(deployment.send(profile));
        return new Organizations(deployment, creditCode, Events.organizationCode(), name);
    }

    /** Publishes standards {@code first}…{@code last} (ids {@code s{n}}) on {@code publishedOn}; answers their keys. */
    public List<String> publish(int first, int last, String publishedOn) {
        List<Map<String, Object>> events = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            Map<String, Object> event = Events.published(creditCode, "s" + n, number(n), "智能制造 数字孪生系统 第" + n + "部分：通用要求");
            event = with(event, "declaration.organization.name", name);
            event = with(event, "declaration.standard.publishedOn", publishedOn);
            events.add(event);
            keys.add(creditCode + ":s" + n);
            this.publishedOn.put(n, publishedOn);
        }
        send(events);
        published.addAll(keys);
        return keys;
    }

    /** Withdraws (废止) standard {@code n} as its event {@code sequence}. */
    public String withdraw(int n, int sequence) {
        return change(n, sequence, "WITHDRAWN", "废止");
    }

    /** Marks standard {@code n} replaced (被代替) as its event {@code sequence}. */
    public String replace(int n, int sequence) {
        return change(n, sequence, "REPLACED", "被代替");
    }

    private String change(int n, int sequence, String type, String status) {
        Map<String, Object> event = Events.standard(creditCode, "s" + n, sequence, type, number(n),
                "智能制造 数字孪生系统 第" + n + "部分：通用要求", status);
        event = with(event, "declaration.organization.name", name);
        event = with(event, "declaration.standard.publishedOn", publishedOn.get(n));
        send(List.of(event));
        return creditCode + ":s" + n;
    }

    public String creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public List<String> published() {
        return List.copyOf(published);
    }

    private String number(int n) {
        return "T/" + code + " " + n + "\u20142026";
    }

    @SuppressWarnings("unchecked")
    private void send(List<Map<String, Object>> events) {
        expectApplied(deployment.send(events.toArray(Map[]::new)));
    }

    private static void expectApplied(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("batch refused: " + answer);
        }
        for (int i = 0; i < answer.size("results"); i++) {
            if (!"APPLIED".equals(answer.text("results." + i + ".outcome"))) {
                throw new AssertionError("event " + i + " not applied: " + answer);
            }
        }
    }
}
