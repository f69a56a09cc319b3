package cn.tuanbiao.registry.national.oai;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Organizations;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import cn.tuanbiao.registry.national.testing.RegistryServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.tuanbiao.registry.national.testing.RegistryClient.encoded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROTOCOL §8 over plain HTTP: the response envelope (namespace, schema location, responseDate,
 * the request echoed), the error codes exactly as OAI-PMH 2.0 names them, resumption tokens'
 * cursor and completeListSize, and POST with a form body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiProtocolErrorsTest {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private final RegistryClient registry = new RegistryClient();
    private Organizations organization;

    @BeforeAll
    void anOrganizationWithMoreThanTwoPages() {
        organization = Organizations.register(registry.aDeployment(), "杭州市标准化协会", "330100", "M", "SERVICES", "2025-01-10");
        organization.publish(1, 2 * RegistryServer.OAI_PAGE_SIZE + 3, "2026-02-01");
    }

    @Test
    void the_envelope_is_oai_pmh_2_in_its_namespace_with_the_request_echoed() throws Exception {
        Answer answer = registry.get("/oai?verb=Identify");
        Element root = xml(answer);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(root.getLocalName()).isEqualTo("OAI-PMH");
        assertThat(root.getNamespaceURI()).isEqualTo(OAI);
        assertThat(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
                .isEqualTo(OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        assertThat(child(root, "responseDate").getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        Element request = child(root, "request");
        assertThat(request.getAttribute("verb")).isEqualTo("Identify");
        assertThat(request.getTextContent()).isEqualTo(registry.server().uri("/oai").toString());
        assertThat(child(child(root, "Identify"), "deletedRecord").getTextContent()).isEqualTo("persistent");
    }

    @Test
    void an_unknown_missing_or_repeated_verb_is_bad_verb_and_echoes_no_arguments() throws Exception {
        for (String query : new String[] {"verb=Harvest", "", "verb=Identify&verb=Identify"}) {
            Element root = xml(registry.get("/oai?" + query));
            assertThat(error(root)).as(query).isEqualTo("badVerb");
            assertThat(child(root, "request").hasAttributes()).isFalse();
        }
    }

    @Test
    void a_missing_metadata_prefix_an_illegal_or_repeated_argument_or_a_bad_date_is_bad_argument() throws Exception {
        for (String query : new String[] {
                "verb=ListRecords",
                "verb=GetRecord&metadataPrefix=oai_dc",
                "verb=Identify&metadataPrefix=oai_dc",
                "verb=ListRecords&metadataPrefix=oai_dc&colour=red",
                "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-01",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01T00:00:00",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-01-01T00:00:00Z",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-01&until=2026-01-01",
                "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc"}) {
            Element root = xml(registry.get("/oai?" + query));
            assertThat(error(root)).as(query).isEqualTo("badArgument");
            assertThat(child(root, "request").hasAttributes()).as(query).isFalse();
        }
    }

    @Test
    void an_unknown_metadata_prefix_cannot_be_disseminated() throws Exception {
        Element root = xml(registry.get("/oai?verb=ListRecords&metadataPrefix=marc21"));

        assertThat(error(root)).isEqualTo("cannotDisseminateFormat");
        assertThat(child(root, "request").getAttribute("metadataPrefix")).isEqualTo("marc21");
        assertThat(error(xml(registry.get("/oai?verb=GetRecord&metadataPrefix=mods&identifier="
                + encoded(identifier(1)))))).isEqualTo("cannotDisseminateFormat");
    }

    @Test
    void an_identifier_the_registry_does_not_hold_does_not_exist() throws Exception {
        assertThat(error(xml(registry.get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + encoded("oai:registry.tuanbiao.cn:" + organization.creditCode() + ":none"))))).isEqualTo("idDoesNotExist");
        assertThat(error(xml(registry.get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encoded("urn:isbn:123")))))
                .isEqualTo("idDoesNotExist");
        assertThat(error(xml(registry.get("/oai?verb=ListMetadataFormats&identifier="
                + encoded("oai:registry.tuanbiao.cn:none"))))).isEqualTo("idDoesNotExist");
    }

    @Test
    void an_empty_window_or_an_unknown_set_matches_no_records() throws Exception {
        assertThat(error(xml(registry.get("/oai?verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2001-12-31"))))
                .isEqualTo("noRecordsMatch");
        assertThat(error(xml(registry.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=2099-01-01T00:00:00Z"))))
                .isEqualTo("noRecordsMatch");
        assertThat(error(xml(registry.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=org:513301000000000000"))))
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void a_garbage_foreign_or_expired_resumption_token_is_bad() throws Exception {
        Element first = xml(registry.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=org:" + organization.creditCode()));
        String token = child(child(first, "ListIdentifiers"), "resumptionToken").getTextContent();
        String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        String expired = Base64.getUrlEncoder().withoutPadding().encodeToString(json
                .replaceFirst("\"issued\":\\d+", "\"issued\":" + Instant.now().minusSeconds(25 * 3600).getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));

        assertThat(error(xml(registry.get("/oai?verb=ListIdentifiers&resumptionToken=garbage")))).isEqualTo("badResumptionToken");
        assertThat(error(xml(registry.get("/oai?verb=ListIdentifiers&resumptionToken=" + expired)))).isEqualTo("badResumptionToken");
        assertThat(error(xml(registry.get("/oai?verb=ListRecords&resumptionToken=" + token)))).isEqualTo("badResumptionToken");
        assertThat(error(xml(registry.get("/oai?verb=ListIdentifiers&resumptionToken=" + token)))).isNull();
    }

    @Test
    void resumption_tokens_carry_cursor_and_complete_list_size_and_the_last_page_an_empty_token() throws Exception {
        int size = 2 * RegistryServer.OAI_PAGE_SIZE + 3;
        Element page = child(xml(registry.get("/oai?verb=ListIdentifiers&metadataPrefix=tb_selfdecl&set=org:"
                + organization.creditCode())), "ListIdentifiers");
        int seen = 0;
        int pages = 0;
        while (true) {
            pages++;
            int headers = page.getElementsByTagNameNS(OAI, "header").getLength();
            Element token = child(page, "resumptionToken");
            assertThat(token.getAttribute("completeListSize")).isEqualTo(Integer.toString(size));
            assertThat(token.getAttribute("cursor")).isEqualTo(Integer.toString(seen));
            seen += headers;
            if (token.getTextContent().isEmpty()) {
                assertThat(token.hasAttribute("expirationDate")).isFalse();
                break;
            }
            assertThat(headers).isEqualTo(RegistryServer.OAI_PAGE_SIZE);
            assertThat(token.getAttribute("expirationDate")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            page = child(xml(registry.get("/oai?verb=ListIdentifiers&resumptionToken=" + encoded(token.getTextContent()))),
                    "ListIdentifiers");
        }
        assertThat(seen).isEqualTo(size);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_list_on_one_page_carries_no_resumption_token() throws Exception {
        Element root = xml(registry.get("/oai?verb=ListMetadataFormats&identifier=" + encoded(identifier(2))));

        assertThat(root.getElementsByTagNameNS(OAI, "metadataPrefix").getLength()).isEqualTo(2);
        assertThat(root.getElementsByTagNameNS(OAI, "resumptionToken").getLength()).isZero();
    }

    @Test
    void post_with_a_form_body_answers_like_get() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        registry.server().uri("/oai").toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encoded(identifier(3))))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
        Element root = xml(new Answer(200, response.body(), null));
        assertThat(error(root)).isNull();
        assertThat(root.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .isEqualTo("智能制造 数字孪生系统 第3部分：通用要求");
    }

    @Test
    void the_sample_identifier_follows_the_oai_identifier_scheme() throws Exception {
        Element root = xml(registry.get("/oai?verb=Identify"));
        String sample = root.getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/oai-identifier", "sampleIdentifier")
                .item(0).getTextContent();

        Matcher matcher = Pattern.compile("oai:[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+:[a-zA-Z0-9\\-_\\.!~\\*'\\(\\);/\\?:@&=\\+$,%]+")
                .matcher(sample);
        assertThat(matcher.matches()).isTrue();
    }

    private String identifier(int n) {
        return "oai:registry.tuanbiao.cn:" + organization.creditCode() + ":s" + n;
    }

    private static String error(Element root) {
        var errors = root.getElementsByTagNameNS(OAI, "error");
        return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName()) && OAI.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static Element xml(Answer answer) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
