package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.protocol.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §2: the part of a canonical body that is one event is that event's canonical JSON, byte for byte. */
class EventSlicesTest {

    @Test
    void each_event_and_its_declaration_are_cut_out_of_the_body_exactly_as_canonicalized_on_their_own() {
        String first = "{\"declaration\":{\"standard\":{\"number\":\"T/ZJZZ 13—2026\",\"title\":\"数字孪生 \\\"通用\\\" 要求\"}},"
                + "\"key\":\"a\",\"patents\":[{\"x\":[1,2]}],\"sequence\":1}";
        String second = "{\"key\":\"b\",\"profile\":{\"name\":\"协会\",\"registeredOn\":\"2026-01-15\"},\"sequence\":2.5e3}";
        byte[] body = CanonicalJson.of("{\"events\":[" + first + "," + second + "],\"z\":{\"events\":[]}}");

        List<EventSlices.Slice> slices = EventSlices.of(body);

        assertThat(slices).hasSize(2);
        assertThat(slices.get(0).event()).isEqualTo(canonical(first));
        assertThat(slices.get(0).members().get("declaration"))
                .isEqualTo(canonical("{\"standard\":{\"number\":\"T/ZJZZ 13—2026\",\"title\":\"数字孪生 \\\"通用\\\" 要求\"}}"));
        assertThat(slices.get(1).event()).isEqualTo(canonical(second));
        assertThat(slices.get(1).members()).containsOnlyKeys("profile");
    }

    private static String canonical(String json) {
        return new String(CanonicalJson.of(json), StandardCharsets.UTF_8);
    }
}
