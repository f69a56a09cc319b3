package cn.tuanbiao.registry.national.oai;

import cn.tuanbiao.registry.national.database.Transactions;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers one OAI-PMH 2.0 request (PROTOCOL §8) by writing the response document with the JDK's
 * streaming XML writer straight onto the HTTP response: the envelope (responseDate, the request
 * echoed), then the verb's element or the error. A list holds at most one page of
 * {@code tuanbiao.registry.oai.page-size} items, read through a database cursor inside one
 * read-only transaction.
 */
@Singleton
class OaiResponder {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String SET_PREFIX = "org:";
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Transactions transactions;
    private final OaiRecords records;
    private final OaiSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    OaiResponder(Transactions transactions, OaiRecords records, OaiSettings settings, JsonMapper json, Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    void respond(Map<String, List<String>> parameters, String baseUrl, OutputStream out) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            OaiArguments.Parsed parsed = OaiArguments.parse(parameters);
            if (parsed instanceof OaiArguments.Invalid invalid) {
                Response response = new Response(xml, now, baseUrl);
                response.start(Map.of());
                response.error(invalid.error());
                response.end();
            } else {
                OaiArguments arguments = ((OaiArguments.Valid) parsed).arguments();
                transactions.inTransaction(tx -> {
                    tx.execute("set transaction read only");
                    Response response = new Response(xml, now, baseUrl);
                    try {
                        response.start(arguments.echoed());
                        response.answer(tx, arguments);
                        response.end();
                    } catch (XMLStreamException e) {
                        throw new UncheckedIOException(new IOException(e));
                    }
                    return null;
                });
            }
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** One response document being written. */
    private final class Response {

        private final XMLStreamWriter xml;
        private final Instant now;
        private final String baseUrl;

        Response(XMLStreamWriter xml, Instant now, String baseUrl) {
            this.xml = xml;
            this.now = now;
            this.baseUrl = baseUrl;
        }

        void start(Map<String, String> echoed) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "OAI-PMH", OaiXml.OAI);
            xml.writeDefaultNamespace(OaiXml.OAI);
            xml.writeNamespace("xsi", OaiXml.XSI);
            xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", OaiXml.OAI + " " + OaiXml.OAI_SCHEMA);
            element("responseDate", OaiArguments.format(now));
            xml.writeStartElement(OaiXml.OAI, "request");
            for (Map.Entry<String, String> argument : echoed.entrySet()) {
                xml.writeAttribute(argument.getKey(), OaiXml.clean(argument.getValue()));
            }
            xml.writeCharacters(baseUrl);
            xml.writeEndElement();
        }

        void end() throws XMLStreamException {
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        void error(OaiError error) throws XMLStreamException {
            xml.writeStartElement(OaiXml.OAI, "error");
            xml.writeAttribute("code", error.code());
            xml.writeCharacters(error.message());
            xml.writeEndElement();
        }

        void answer(DSLContext tx, OaiArguments arguments) throws XMLStreamException {
            switch (arguments.verb()) {
                case "Identify" -> identify(tx);
                case "ListMetadataFormats" -> listMetadataFormats(tx, arguments);
                case "ListSets" -> listSets(tx, arguments);
                case "GetRecord" -> getRecord(tx, arguments);
                default -> listRecords(tx, arguments);
            }
        }

        private void identify(DSLContext tx) throws XMLStreamException {
            Instant earliest = records.earliestDatestamp(tx).orElse(now);
            xml.writeStartElement(OaiXml.OAI, "Identify");
            element("repositoryName", settings.repositoryName());
            element("baseURL", baseUrl);
            element("protocolVersion", "2.0");
            element("adminEmail", settings.adminEmail());
            element("earliestDatestamp", OaiArguments.format(earliest));
            element("deletedRecord", "persistent");
            element("granularity", "YYYY-MM-DDThh:mm:ssZ");
            xml.writeStartElement(OaiXml.OAI, "description");
            xml.writeStartElement("", "oai-identifier", OaiXml.OAI_IDENTIFIER);
            xml.writeDefaultNamespace(OaiXml.OAI_IDENTIFIER);
            xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", OaiXml.OAI_IDENTIFIER + " " + OaiXml.OAI_IDENTIFIER_SCHEMA);
            for (String[] part : new String[][] {{"scheme", "oai"}, {"repositoryIdentifier", OaiSettings.REPOSITORY_IDENTIFIER},
                    {"delimiter", ":"}, {"sampleIdentifier", OaiSettings.IDENTIFIER_PREFIX + "51330100MJ0000001X:a1b2c3"}}) {
                xml.writeStartElement(OaiXml.OAI_IDENTIFIER, part[0]);
                xml.writeCharacters(part[1]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }

        private void listMetadataFormats(DSLContext tx, OaiArguments arguments) throws XMLStreamException {
            if (arguments.identifier() != null) {
                Optional<String> key = standardKey(arguments.identifier());
                if (key.isEmpty() || !records.exists(tx, key.get())) {
                    error(OaiError.idDoesNotExist(arguments.identifier()));
                    return;
                }
            }
            xml.writeStartElement(OaiXml.OAI, "ListMetadataFormats");
            for (MetadataFormat format : MetadataFormat.values()) {
                xml.writeStartElement(OaiXml.OAI, "metadataFormat");
                element("metadataPrefix", format.prefix());
                element("schema", format.schema(baseUrl));
                element("metadataNamespace", format.namespace());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private void listSets(DSLContext tx, OaiArguments arguments) throws XMLStreamException {
            String after = "";
            long cursor = 0;
            long size;
            if (arguments.resumptionToken() != null) {
                Optional<ResumptionToken> token = ResumptionToken.decode(arguments.resumptionToken(), "ListSets", json, now);
                if (token.isEmpty()) {
                    error(OaiError.badResumptionToken("resumptionToken 无效或已过期（有效期 24 小时），请重新开始"));
                    return;
                }
                after = token.get().afterKey();
                cursor = token.get().cursor();
                size = token.get().size();
            } else {
                size = records.countSets(tx);
            }
            int pageSize = settings.pageSize();
            Page<OaiRecords.Set> page = new Page<>(pageSize);
            records.sets(tx, after, pageSize + 1, set -> page.offer(set, () -> {
                if (page.written == 0) {
                    xml.writeStartElement(OaiXml.OAI, "ListSets");
                }
                xml.writeStartElement(OaiXml.OAI, "set");
                element("setSpec", SET_PREFIX + set.creditCode());
                element("setName", set.name());
                xml.writeEndElement();
            }));
            if (page.written == 0) {
                // an empty registry has no set yet: nothing matches (noSetHierarchy is never answered)
                error(OaiError.noRecordsMatch());
                return;
            }
            OaiArguments none = new OaiArguments("ListSets", null, null, null, null, null, null, Map.of());
            String next = page.more ? ResumptionToken.next("ListSets", none, 0, 0, page.last.creditCode(),
                    cursor + page.written, size, now).encode(json) : null;
            resumptionToken(next, cursor, size, page.more || cursor > 0);
            xml.writeEndElement();
        }

        private void getRecord(DSLContext tx, OaiArguments arguments) throws XMLStreamException {
            Optional<MetadataFormat> format = MetadataFormat.of(arguments.metadataPrefix());
            if (format.isEmpty()) {
                error(OaiError.cannotDisseminateFormat(arguments.metadataPrefix()));
                return;
            }
            Optional<OaiRecords.Row> row = standardKey(arguments.identifier()).flatMap(key -> records.record(tx, key, true));
            if (row.isEmpty()) {
                error(OaiError.idDoesNotExist(arguments.identifier()));
                return;
            }
            xml.writeStartElement(OaiXml.OAI, "GetRecord");
            record(row.get(), format.get());
            xml.writeEndElement();
        }

        private void listRecords(DSLContext tx, OaiArguments arguments) throws XMLStreamException {
            String verb = arguments.verb();
            boolean withMetadata = verb.equals("ListRecords");
            OaiArguments list = arguments;
            Instant upper;
            Instant afterTime = null;
            String afterKey = null;
            long cursor = 0;
            long size;
            if (arguments.resumptionToken() != null) {
                Optional<ResumptionToken> decoded = ResumptionToken.decode(arguments.resumptionToken(), verb, json, now);
                if (decoded.isEmpty()) {
                    error(OaiError.badResumptionToken("resumptionToken 无效或已过期（有效期 24 小时），请重新开始"));
                    return;
                }
                ResumptionToken token = decoded.get();
                list = new OaiArguments(verb, null, token.metadataPrefix(), token.from(), token.until(), token.set(),
                        null, Map.of());
                upper = OaiRecords.instant(token.upper());
                afterTime = OaiRecords.instant(token.afterTime());
                afterKey = token.afterKey();
                cursor = token.cursor();
                size = token.size();
            } else {
                if (MetadataFormat.of(arguments.metadataPrefix()).isEmpty()) {
                    error(OaiError.cannotDisseminateFormat(arguments.metadataPrefix()));
                    return;
                }
                // A list ends: it holds what had changed when it was first asked for (to the end of
                // this second); later changes are for the next incremental harvest.
                upper = now.plusSeconds(1);
                if (arguments.until() != null && OaiArguments.endExclusive(arguments.until()).isBefore(upper)) {
                    upper = OaiArguments.endExclusive(arguments.until());
                }
                size = -1;
            }
            MetadataFormat format = MetadataFormat.of(list.metadataPrefix()).orElseThrow();
            String creditCode = null;
            if (list.set() != null) {
                creditCode = list.set().startsWith(SET_PREFIX) ? list.set().substring(SET_PREFIX.length()) : "";
                if (!CREDIT_CODE.matcher(creditCode).matches()) {
                    error(OaiError.noRecordsMatch());
                    return;
                }
            }
            OaiRecords.Filter filter = new OaiRecords.Filter(
                    list.from() == null ? null : OaiArguments.start(list.from()), upper, creditCode);
            if (size < 0) {
                size = records.count(tx, filter);
                if (size == 0) {
                    error(OaiError.noRecordsMatch());
                    return;
                }
            }
            int pageSize = settings.pageSize();
            Page<OaiRecords.Row> page = new Page<>(pageSize);
            records.records(tx, filter, afterTime, afterKey, pageSize + 1, withMetadata, row -> page.offer(row, () -> {
                if (page.written == 0) {
                    xml.writeStartElement(OaiXml.OAI, verb);
                }
                if (withMetadata) {
                    record(row, format);
                } else {
                    header(row);
                }
            }));
            if (page.written == 0) {
                error(OaiError.noRecordsMatch());
                return;
            }
            String next = page.more ? ResumptionToken.next(verb, list, OaiRecords.micros(upper),
                    OaiRecords.micros(page.last.datestamp()), page.last.standardKey(), cursor + page.written, size, now)
                    .encode(json) : null;
            resumptionToken(next, cursor, size, page.more || cursor > 0);
            xml.writeEndElement();
        }

        /** The list's token element: a token for the next page, or an empty one closing a list that was resumed. */
        private void resumptionToken(String next, long cursor, long size, boolean needed) throws XMLStreamException {
            if (!needed) {
                return;
            }
            xml.writeStartElement(OaiXml.OAI, "resumptionToken");
            if (next != null) {
                xml.writeAttribute("expirationDate", OaiArguments.format(now.plus(ResumptionToken.VALIDITY)));
            }
            xml.writeAttribute("completeListSize", Long.toString(size));
            xml.writeAttribute("cursor", Long.toString(cursor));
            if (next != null) {
                xml.writeCharacters(next);
            }
            xml.writeEndElement();
        }

        private void record(OaiRecords.Row row, MetadataFormat format) throws XMLStreamException {
            xml.writeStartElement(OaiXml.OAI, "record");
            header(row);
            if (!row.deleted()) {
                xml.writeStartElement(OaiXml.OAI, "metadata");
                JsonNode declaration = tree(row.declaration());
                if (format == MetadataFormat.OAI_DC) {
                    dublinCore(row, declaration);
                } else {
                    SelfDeclarationXml.write(xml, declaration, format.schema(baseUrl));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private void header(OaiRecords.Row row) throws XMLStreamException {
            xml.writeStartElement(OaiXml.OAI, "header");
            if (row.deleted()) {
                xml.writeAttribute("status", "deleted");
            }
            element("identifier", OaiSettings.IDENTIFIER_PREFIX + row.standardKey());
            element("datestamp", OaiArguments.format(row.datestamp()));
            element("setSpec", SET_PREFIX + row.creditCode());
            xml.writeEndElement();
        }

        /** Dublin Core: title, identifier (the standard number), publisher, date of publication, scope, type, language. */
        private void dublinCore(OaiRecords.Row row, JsonNode declaration) throws XMLStreamException {
            JsonNode standard = declaration.get("standard");
            xml.writeStartElement("oai_dc", "dc", OaiXml.OAI_DC);
            xml.writeNamespace("oai_dc", OaiXml.OAI_DC);
            xml.writeNamespace("dc", OaiXml.DC);
            xml.writeNamespace("xsi", OaiXml.XSI);
            xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation",
                    OaiXml.OAI_DC + " " + MetadataFormat.OAI_DC.schema(baseUrl));
            dc("title", text(standard, "title"), "zh");
            dc("title", text(standard, "titleEn"), "en");
            dc("publisher", row.organizationName(), null);
            dc("description", text(standard, "scope"), "zh");
            String ics = text(standard, "ics");
            String ccs = text(standard, "ccs");
            dc("subject", ics == null ? null : "ICS " + ics, null);
            dc("subject", ccs == null ? null : "CCS " + ccs, null);
            dc("date", text(standard, "publishedOn"), null);
            dc("type", "Text", null);
            dc("type", "团体标准", "zh");
            dc("identifier", text(standard, "number"), null);
            dc("language", "zh", null);
            xml.writeEndElement();
        }

        private void dc(String element, String value, String language) throws XMLStreamException {
            if (value == null || value.isBlank()) {
                return;
            }
            xml.writeStartElement("dc", element, OaiXml.DC);
            if (language != null) {
                xml.writeAttribute("xml", XML_NS, "lang", language);
            }
            xml.writeCharacters(OaiXml.clean(value));
            xml.writeEndElement();
        }

        private void element(String name, String text) throws XMLStreamException {
            xml.writeStartElement(OaiXml.OAI, name);
            xml.writeCharacters(OaiXml.clean(text));
            xml.writeEndElement();
        }
    }

    /** A page being written: items up to the page size go out as they come; one more only says there is more. */
    private static final class Page<T> {

        private final int size;
        private int written;
        private boolean more;
        private T last;

        Page(int size) {
            this.size = size;
        }

        void offer(T item, XmlWork work) {
            if (written == size) {
                more = true;
                return;
            }
            try {
                work.run();
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e));
            }
            written++;
            last = item;
        }
    }

    @FunctionalInterface
    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private static Optional<String> standardKey(String identifier) {
        return identifier.startsWith(OaiSettings.IDENTIFIER_PREFIX)
                ? Optional.of(identifier.substring(OaiSettings.IDENTIFIER_PREFIX.length())).filter(key -> !key.isEmpty())
                : Optional.empty();
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent == null || !parent.isObject() ? null : parent.get(field);
        return node != null && node.isString() ? node.getStringValue() : null;
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
