package cn.tuanbiao.registry.national.statistics;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.Organizations;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-2 and PROTOCOL §9: the national tables over data sent through the signed intake. The data
 * lie in 2019, a period no other test touches (their organizations register from 2024 on), so the
 * March 2019 table holds only this class's organizations:
 * <ul>
 *   <li>广东 (44, industry C, 工业): 7 organizations — 2 registered 2019-02-28, 4 in March
 *       (03-01, 03-15, 03-31, 03-31), 1 on 2019-04-01 (after the period); the first publishes 2 on
 *       2019-02-10, 3 on 2019-03-01, 2 on 2019-03-31 (one later withdrawn), 1 on 2019-04-01;</li>
 *   <li>北京 (11, industry M, 服务业): 5 organizations registered 2019-01-10, one standard 2019-03-05;</li>
 *   <li>新疆 (65, industry A, 农业): 2 organizations registered 2019-01-10, one standard 2019-03-20;</li>
 *   <li>内蒙古 (15, industry C, 工业): 5 organizations registered 2019-01-10; the first publishes 4 on
 *       2019-06-10, then withdraws one and has one replaced.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalStatisticsTest {

    private static final String MARCH_2019 = "/v1/statistics?from=2019-03-01&until=2019-03-31";

    private final RegistryClient registry = new RegistryClient();

    @BeforeAll
    void organizationsIn2019() {
        Deployment deployment = registry.aDeployment();
        List<Organizations> guangdong = new ArrayList<>();
        for (String registeredOn : List.of("2019-02-28", "2019-02-28", "2019-03-01", "2019-03-15", "2019-03-31",
                "2019-03-31", "2019-04-01")) {
            guangdong.add(Organizations.register(deployment, "广东省标准化协会" + guangdong.size(), "440100", "C", "INDUSTRY",
                    registeredOn));
        }
        Organizations first = guangdong.get(0);
        first.publish(1, 2, "2019-02-10");
        first.publish(3, 5, "2019-03-01");
        first.publish(6, 7, "2019-03-31");
        first.publish(8, 8, "2019-04-01");
        first.withdraw(7, 2);

        List<Organizations> beijing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            beijing.add(Organizations.register(deployment, "北京科技服务协会" + i, "110105", "M", "SERVICES", "2019-01-10"));
        }
        beijing.get(0).publish(1, 1, "2019-03-05");

        Organizations xinjiang = Organizations.register(deployment, "新疆棉花协会", "650100", "A", "AGRICULTURE", "2019-01-10");
        Organizations.register(deployment, "新疆林果协会", "652900", "A", "AGRICULTURE", "2019-01-10");
        xinjiang.publish(1, 1, "2019-03-20");

        List<Organizations> innerMongolia = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            innerMongolia.add(Organizations.register(deployment, "内蒙古乳业协会" + i, "150100", "C", "INDUSTRY", "2019-01-10"));
        }
        innerMongolia.get(0).publish(1, 4, "2019-06-10");
        innerMongolia.get(0).withdraw(1, 2);
        innerMongolia.get(0).replace(2, 2);
    }

    @Test
    void sup_2_by_region_counts_organizations_and_standards_of_the_period_per_province() {
        Answer table = registry.get(MARCH_2019 + "&by=region");

        assertThat(table.status()).isEqualTo(200);
        assertThat(table.text("by")).isEqualTo("region");
        int guangdong = group(table, "44");
        assertThat(table.text("groups." + guangdong + ".name")).isEqualTo("广东省");
        // registered by 2019-03-31: 6 (not the one of 2019-04-01); in March: 4
        assertThat(table.integer("groups." + guangdong + ".organizations")).isEqualTo(6);
        assertThat(table.integer("groups." + guangdong + ".organizationsRegistered")).isEqualTo(4);
        // published 2019-03-01 … 2019-03-31: 5, both boundaries included; 2019-02-10 and 2019-04-01 not
        assertThat(table.integer("groups." + guangdong + ".standardsPublished")).isEqualTo(5);
        // in force at the end of March: 2 of February + 5 of March (one withdrawn only later)
        assertThat(table.integer("groups." + guangdong + ".standardsInForce")).isEqualTo(7);
        assertThat(table.text("groups." + guangdong + ".suppressed")).isEqualTo("false");
        int zhejiang = group(table, "33");
        assertThat(table.text("groups." + zhejiang + ".name")).isEqualTo("浙江省");
        assertThat(table.integer("groups." + zhejiang + ".organizations")).isZero();
        assertThat(table.size("groups")).isEqualTo(31);
    }

    @Test
    void sup_2_a_group_under_five_organizations_is_suppressed_with_the_next_smallest_and_totals_stay_exact() {
        Answer table = registry.get(MARCH_2019 + "&by=region");

        int xinjiang = group(table, "65");
        assertThat(table.text("groups." + xinjiang + ".suppressed")).isEqualTo("true");
        assertThat(table.has("groups." + xinjiang + ".organizations")).isFalse();
        assertThat(table.has("groups." + xinjiang + ".standardsPublished")).isFalse();
        // one suppressed group alone could be worked out from the totals: 北京 (5, the smallest
        // other, before 内蒙古's 5 by code) is suppressed with it
        int beijing = group(table, "11");
        assertThat(table.text("groups." + beijing + ".suppressed")).isEqualTo("true");
        assertThat(table.has("groups." + beijing + ".organizations")).isFalse();
        int innerMongolia = group(table, "15");
        assertThat(table.text("groups." + innerMongolia + ".suppressed")).isEqualTo("false");
        assertThat(table.integer("groups." + innerMongolia + ".organizations")).isEqualTo(5);
        // totals: 6 + 5 + 2 + 5 organizations; 5 + 1 + 1 published; 7 + 1 + 1 in force
        assertThat(table.integer("total.organizations")).isEqualTo(18);
        assertThat(table.integer("total.organizationsRegistered")).isEqualTo(4);
        assertThat(table.integer("total.standardsPublished")).isEqualTo(7);
        assertThat(table.integer("total.standardsInForce")).isEqualTo(9);
        assertThat(table.integer("threshold")).isEqualTo(5);
    }

    @Test
    void sup_2_by_industry_section_and_by_sector_with_their_names() {
        Answer industry = registry.get(MARCH_2019 + "&by=industry");
        int manufacturing = group(industry, "C");
        assertThat(industry.text("groups." + manufacturing + ".name")).isEqualTo("制造业");
        assertThat(industry.integer("groups." + manufacturing + ".organizations")).isEqualTo(11);
        assertThat(industry.integer("groups." + manufacturing + ".standardsPublished")).isEqualTo(5);
        assertThat(industry.text("groups." + group(industry, "A") + ".suppressed")).isEqualTo("true");
        assertThat(industry.text("groups." + group(industry, "M") + ".suppressed")).isEqualTo("true");
        assertThat(industry.size("groups")).isEqualTo(20);

        Answer sector = registry.get(MARCH_2019 + "&by=sector");
        int industrial = group(sector, "INDUSTRY");
        assertThat(sector.text("groups." + industrial + ".name")).isEqualTo("工业");
        assertThat(sector.integer("groups." + industrial + ".standardsInForce")).isEqualTo(7);
        assertThat(sector.text("groups." + group(sector, "AGRICULTURE") + ".suppressed")).isEqualTo("true");
        assertThat(sector.text("groups." + group(sector, "SERVICES") + ".suppressed")).isEqualTo("true");
        assertThat(sector.text("groups." + group(sector, "SOCIAL") + ".suppressed")).isEqualTo("false");
        assertThat(sector.integer("groups." + group(sector, "SOCIAL") + ".organizations")).isZero();
    }

    @Test
    void pub_1_a_standard_withdrawn_or_replaced_is_in_force_only_until_the_registry_learned_of_it() {
        Answer june = registry.get("/v1/statistics?from=2019-06-01&until=2019-06-30&by=region");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Answer toDate = registry.get("/v1/statistics?from=2019-01-01&until=" + today + "&by=region");

        int innerMongolia = group(june, "15");
        assertThat(june.integer("groups." + innerMongolia + ".standardsPublished")).isEqualTo(4);
        assertThat(june.integer("groups." + innerMongolia + ".standardsInForce")).isEqualTo(4);
        innerMongolia = group(toDate, "15");
        assertThat(toDate.integer("groups." + innerMongolia + ".standardsPublished")).isEqualTo(4);
        assertThat(toDate.integer("groups." + innerMongolia + ".standardsInForce")).isEqualTo(2);
    }

    @Test
    void sup_2_bad_arguments_are_refused_field_by_field() {
        Answer reversed = registry.get("/v1/statistics?from=2019-04-01&until=2019-03-01");
        Answer badDate = registry.get("/v1/statistics?from=2019-02-30");
        Answer badDimension = registry.get("/v1/statistics?by=ics");

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text("field")).isEqualTo("from");
        assertThat(badDate.text("code")).isEqualTo("FIELD_INVALID");
        assertThat(badDimension.text("field")).isEqualTo("by");
        assertThat(registry.get("/v1/statistics").status()).isEqualTo(200);
    }

    private static int group(Answer table, String code) {
        for (int i = 0; i < table.size("groups"); i++) {
            if (code.equals(table.text("groups." + i + ".code"))) {
                return i;
            }
        }
        throw new AssertionError("no group " + code + " in " + table);
    }
}
