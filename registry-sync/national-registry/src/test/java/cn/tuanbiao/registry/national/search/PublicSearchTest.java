package cn.tuanbiao.registry.national.search;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.organizationCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static cn.tuanbiao.registry.national.testing.Events.standard;
import static cn.tuanbiao.registry.national.testing.RegistryClient.encoded;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §3: public search over what organizations made public (PUB-1), without a signature. */
class PublicSearchTest {

    private final RegistryClient registry = new RegistryClient();
    private final String creditCode = creditCode();
    private final String code = organizationCode();

    @BeforeEach
    void anOrganizationWithThreeStandards() {
        Deployment deployment = registry.aDeployment();
        deployment.send(profile(creditCode, 1),
                published(creditCode, "a", "T/" + code + " 13—2026", "智能制造 数字孪生系统通用要求"),
                published(creditCode, "b", "T/" + code + " 14.2—2026", "工业互联网平台 边缘计算 第2部分：接口"),
                published(creditCode, "c", "T/" + code + " 7—2025", "茶叶 绿色生产技术规范"));
        deployment.send(standard(creditCode, "c", 2, "WITHDRAWN", "T/" + code + " 7—2025", "茶叶 绿色生产技术规范", "废止"));
    }

    @Test
    void a_chinese_substring_of_the_title_finds_the_standard() {
        Answer answer = registry.get("/v1/standards?q=" + encoded("边缘计算") + "&organization=" + creditCode);

        assertThat(answer.integer("total")).isEqualTo(1);
        assertThat(answer.text("items.0.title")).isEqualTo("工业互联网平台 边缘计算 第2部分：接口");
    }

    @Test
    void the_number_as_people_type_it_finds_that_standard() {
        Answer answer = registry.get("/v1/standards?q=" + encoded("T/" + code + " 13"));

        assertThat(answer.integer("total")).isEqualTo(1);
        assertThat(answer.text("items.0.number")).isEqualTo("T/" + code + " 13—2026");
        assertThat(registry.get("/v1/standards?q=" + encoded("T/" + code + " 13-2026")).integer("total")).isEqualTo(1);
    }

    @Test
    void the_status_filter_uses_the_platforms_labels() {
        Answer withdrawn = registry.get("/v1/standards?organization=" + creditCode + "&status=" + encoded("废止"));
        Answer inForce = registry.get("/v1/standards?organization=" + creditCode + "&status=" + encoded("现行"));

        assertThat(withdrawn.integer("total")).isEqualTo(1);
        assertThat(withdrawn.text("items.0.number")).isEqualTo("T/" + code + " 7—2025");
        assertThat(inForce.integer("total")).isEqualTo(2);
    }

    @Test
    void pages_hold_at_most_the_size_asked_and_the_total_counts_every_match() {
        Answer first = registry.get("/v1/standards?organization=" + creditCode + "&size=2&page=1");
        Answer second = registry.get("/v1/standards?organization=" + creditCode + "&size=2&page=2");

        assertThat(first.size("items")).isEqualTo(2);
        assertThat(second.size("items")).isEqualTo(1);
        assertThat(first.integer("total")).isEqualTo(3);
        assertThat(registry.get("/v1/standards?size=101").status()).isEqualTo(400);
    }

    @Test
    void a_search_without_matches_answers_an_empty_page() {
        Answer answer = registry.get("/v1/standards?q=" + encoded("不存在的标准名称") + "&organization=" + creditCode);

        assertThat(answer.integer("total")).isZero();
        assertThat(answer.has("items")).isTrue();
        assertThat(answer.size("items")).isZero();
    }

    @Test
    void a_standard_the_registry_does_not_hold_is_not_found() {
        Answer answer = registry.get("/v1/standards/" + creditCode + ":none");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void the_home_page_lists_the_standards_under_the_pub_1_labels() {
        Answer page = registry.get("/?q=" + encoded("数字孪生"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("标准编号", "标准名称", "团体名称", "发布日期", "状态", "T/" + code + " 13—2026");
    }
}
