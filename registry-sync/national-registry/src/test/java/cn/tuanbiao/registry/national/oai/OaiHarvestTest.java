package cn.tuanbiao.registry.national.oai;

import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.Organizations;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import cn.tuanbiao.registry.national.testing.RegistryServer;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.verbs.Identify;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROTOCOL §8 (PUB-1 made harvestable): the registry harvested by a real OAI-PMH service provider,
 * gdcc's xoai-service-provider, after two loads through the signed intake: two organizations'
 * standards, some withdrawn or replaced (deleted records, persistent), then — a second later —
 * the changes an incremental harvest must find alone. Pages are {@value RegistryServer#OAI_PAGE_SIZE}
 * records, so every list here needs several resumptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiHarvestTest {

    private static final String PREFIX = "oai:registry.tuanbiao.cn:";

    private final RegistryClient registry = new RegistryClient();
    private Organizations tea;
    private Organizations machinery;
    private final List<String> withdrawnFirst = new ArrayList<>();
    private final List<String> laterChanges = new ArrayList<>();
    private Instant between;

    @BeforeAll
    void twoLoads() throws Exception {
        Deployment hangzhou = registry.aDeployment();
        Deployment ningbo = registry.aDeployment();
        tea = Organizations.register(hangzhou, "浙江省茶叶产业协会", "330100", "A", "AGRICULTURE", "2025-03-01");
        machinery = Organizations.register(ningbo, "宁波市机械工业联合会", "330200", "C", "INDUSTRY", "2024-06-15");
        tea.publish(1, 12, "2026-03-10");
        machinery.publish(1, 9, "2026-04-20");
        withdrawnFirst.add(tea.withdraw(3, 2));
        withdrawnFirst.add(tea.replace(4, 2));
        withdrawnFirst.add(machinery.withdraw(2, 2));

        // the incremental harvest's from: the next whole second after the first load
        between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, between.toEpochMilli() - System.currentTimeMillis()) + 20);

        laterChanges.addAll(machinery.publish(10, 11, "2026-05-06"));
        laterChanges.add(tea.withdraw(7, 2));
    }

    @Test
    void identify_names_second_granularity_persistent_deleted_records_and_the_earliest_datestamp() throws Exception {
        Identify identify = harvester().identify();

        assertThat(identify.getProtocolVersion()).isEqualTo("2.0");
        assertThat(identify.getGranularity()).isEqualTo(Granularity.Second);
        assertThat(identify.getDeletedRecord()).isEqualTo(DeletedRecord.PERSISTENT);
        assertThat(identify.getBaseURL()).isEqualTo(baseUrl());
        assertThat(identify.getEarliestDatestamp()).isEqualTo(earliestDatestamp());
    }

    @Test
    void a_full_harvest_over_several_pages_gets_every_record_once_and_withdrawn_standards_as_deleted_headers() throws Exception {
        Iterator<Record> records = harvester().listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
        Map<String, Record> harvested = new HashMap<>();
        int count = 0;
        while (records.hasNext()) {
            Record record = records.next();
            count++;
            assertThat(harvested.put(record.getHeader().getIdentifier(), record)).as("harvested twice").isNull();
        }

        assertThat(count).isEqualTo(standardsHeld()).isGreaterThan(3 * RegistryServer.OAI_PAGE_SIZE);
        for (String key : tea.published()) {
            assertThat(harvested).containsKey(PREFIX + key);
        }
        for (String key : machinery.published()) {
            assertThat(harvested).containsKey(PREFIX + key);
        }
        for (String key : List.of(withdrawnFirst.get(0), withdrawnFirst.get(1), withdrawnFirst.get(2), laterChanges.get(2))) {
            Record deleted = harvested.get(PREFIX + key);
            assertThat(deleted.getHeader().isDeleted()).as(key).isTrue();
            assertThat(deleted.getMetadata()).isNull();
        }
        Record inForce = harvested.get(PREFIX + tea.creditCode() + ":s1");
        assertThat(inForce.getHeader().isDeleted()).isFalse();
        assertThat(inForce.getHeader().getSetSpecs()).containsExactly("org:" + tea.creditCode());
        Element dc = xml(inForce.getMetadata().asUnparsedString());
        assertThat(dc.getNamespaceURI()).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
        assertThat(dc("title", dc)).contains("智能制造 数字孪生系统 第1部分：通用要求");
        assertThat(dc("identifier", dc)).singleElement().asString().matches("T/ZJ[A-Z]{4} 1\u20142026");
        assertThat(dc("publisher", dc)).containsExactly("浙江省茶叶产业协会");
        assertThat(dc("date", dc)).containsExactly("2026-03-10");
        assertThat(dc("description", dc)).containsExactly("本文件规定了智能制造数字孪生系统的架构、数据与接口要求。");
        assertThat(dc("language", dc)).containsExactly("zh");
        assertThat(dc("type", dc)).contains("团体标准");
    }

    @Test
    void an_incremental_harvest_from_a_time_between_two_loads_gets_only_the_later_changes() throws Exception {
        Iterator<Record> records = harvester().listRecords(ListRecordsParameters.request()
                .withMetadataPrefix("tb_selfdecl").withFrom(between));
        Map<String, Record> harvested = new HashMap<>();
        records.forEachRemaining(record -> harvested.put(record.getHeader().getIdentifier().substring(PREFIX.length()), record));

        assertThat(harvested.keySet()).containsExactlyInAnyOrderElementsOf(laterChanges);
        assertThat(harvested.get(laterChanges.get(2)).getHeader().isDeleted()).isTrue();
        assertThat(harvested.get(laterChanges.get(0)).getHeader().getDatestamp()).isAfterOrEqualTo(between);
    }

    @Test
    void a_set_restricted_harvest_gets_only_that_organizations_records() throws Exception {
        Iterator<Header> headers = harvester().listIdentifiers(ListIdentifiersParameters.request()
                .withMetadataPrefix("oai_dc").withSetSpec("org:" + tea.creditCode()));
        List<String> keys = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        headers.forEachRemaining(header -> {
            String key = header.getIdentifier().substring(PREFIX.length());
            keys.add(key);
            if (header.isDeleted()) {
                deleted.add(key);
            }
            assertThat(header.getSetSpecs()).containsExactly("org:" + tea.creditCode());
        });

        assertThat(keys).hasSize(12).containsExactlyInAnyOrderElementsOf(tea.published());
        assertThat(deleted).containsExactlyInAnyOrder(withdrawnFirst.get(0), withdrawnFirst.get(1), laterChanges.get(2));
    }

    @Test
    void get_record_disseminates_the_self_declaration_valid_against_the_schema_the_registry_serves() throws Exception {
        Record record = harvester().getRecord(GetRecordParameters.request()
                .withIdentifier(PREFIX + machinery.creditCode() + ":s10").withMetadataFormatPrefix("tb_selfdecl"));

        String metadata = record.getMetadata().asUnparsedString();
        byte[] schema = registry.get("/oai/schemas/tb_selfdecl.xsd").body().getBytes(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ByteArrayInputStream(schema)))
                .newValidator().validate(new StreamSource(new StringReader(metadata)));
        Element declaration = xml(metadata);
        assertThat(declaration.getLocalName()).isEqualTo("selfDeclaration");
        assertThat(declaration.getElementsByTagNameNS("*", "creditCode").item(0).getTextContent()).isEqualTo(machinery.creditCode());
        assertThat(declaration.getElementsByTagNameNS("*", "status").item(0).getTextContent()).isEqualTo("现行");
        assertThat(declaration.getElementsByTagNameNS("*", "publishedOn").item(0).getTextContent()).isEqualTo("2026-05-06");
    }

    @Test
    void list_sets_names_one_set_per_organization() throws Exception {
        Map<String, String> sets = new HashMap<>();
        Iterator<Set> found = harvester().listSets();
        found.forEachRemaining(set -> assertThat(sets.put(set.getSpec(), set.getName())).isNull());

        assertThat(sets).containsEntry("org:" + tea.creditCode(), "浙江省茶叶产业协会")
                .containsEntry("org:" + machinery.creditCode(), "宁波市机械工业联合会");
        assertThat(sets).hasSize(organizationsHeld());
    }

    private ServiceProvider harvester() {
        OAIClient client = OAIClient.newBuilder().withBaseUrl(baseUrl()).build();
        return new ServiceProvider(new Context().withBaseUrl(baseUrl()).withGranularity(Granularity.Second)
                .withOAIClient(client).withSaveUnparsedMetadata());
    }

    private String baseUrl() {
        return registry.server().uri("/oai").toString();
    }

    private int standardsHeld() throws Exception {
        return count("select count(*) from standards");
    }

    private int organizationsHeld() throws Exception {
        return count("select count(*) from organizations");
    }

    private Instant earliestDatestamp() throws Exception {
        try (Connection connection = registry.server().database().appConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select min(datestamp) from standards")) {
            row.next();
            return row.getTimestamp(1).toInstant().truncatedTo(ChronoUnit.SECONDS);
        }
    }

    private int count(String sql) throws Exception {
        try (Connection connection = registry.server().database().appConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Element xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<String> dc(String element, Element root) {
        NodeList nodes = root.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
