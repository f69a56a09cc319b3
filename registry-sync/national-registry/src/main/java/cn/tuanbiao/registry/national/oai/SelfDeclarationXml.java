package cn.tuanbiao.registry.national.oai;

import io.micronaut.json.tree.JsonNode;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The self-declaration of PROTOCOL §5 as XML under the registry's namespace (metadataPrefix
 * {@code tb_selfdecl}); the schema is {@code oai/tb_selfdecl.xsd}, served at
 * {@code /oai/schemas/tb_selfdecl.xsd}. Elements follow the JSON field names in the schema's
 * order; fields the schema does not name are left out (the JSON itself is at
 * {@code /v1/standards/{standardKey}}).
 */
final class SelfDeclarationXml {

    static final String NAMESPACE = "https://registry.tuanbiao.cn/schemas/tb_selfdecl/1.0";
    private static final String P = "tb";

    private SelfDeclarationXml() {
    }

    static void write(XMLStreamWriter xml, JsonNode declaration, String schemaLocation) throws XMLStreamException {
        xml.writeStartElement(P, "selfDeclaration", NAMESPACE);
        xml.writeNamespace(P, NAMESPACE);
        xml.writeNamespace("xsi", OaiXml.XSI);
        xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", NAMESPACE + " " + schemaLocation);

        JsonNode organization = declaration.get("organization");
        xml.writeStartElement(P, "organization", NAMESPACE);
        text(xml, "name", organization, "name");
        text(xml, "creditCode", organization, "creditCode");
        xml.writeEndElement();

        JsonNode standard = declaration.get("standard");
        xml.writeStartElement(P, "standard", NAMESPACE);
        text(xml, "title", standard, "title");
        text(xml, "titleEn", standard, "titleEn");
        text(xml, "number", standard, "number");
        text(xml, "publishedOn", standard, "publishedOn");
        text(xml, "inForceFrom", standard, "inForceFrom");
        JsonNode document = standard == null ? null : standard.get("publicationDocument");
        if (document != null && document.isObject()) {
            xml.writeStartElement(P, "publicationDocument", NAMESPACE);
            // deployments name the notice's number "number"; older senders "notice"
            text(xml, "number", document, document.get("number") != null ? "number" : "notice");
            text(xml, "sha256", document, "sha256");
            xml.writeEndElement();
        }
        text(xml, "scope", standard, "scope");
        text(xml, "ics", standard, "ics");
        text(xml, "ccs", standard, "ccs");
        xml.writeEndElement();

        JsonNode patents = declaration.get("patents");
        xml.writeStartElement(P, "patents", NAMESPACE);
        if (patents != null && patents.isArray()) {
            for (JsonNode patent : patents.values()) {
                xml.writeStartElement(P, "patent", NAMESPACE);
                text(xml, "number", patent, "number");
                text(xml, "title", patent, "title");
                text(xml, "holder", patent, "holder");
                text(xml, "licensing", patent, "licensing");
                text(xml, "decision", patent, "decision");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();

        text(xml, "level", declaration, "level");
        indicators(xml, "performanceIndicators", declaration.get("performanceIndicators"));
        indicators(xml, "functionalIndicators", declaration.get("functionalIndicators"));

        JsonNode comparison = declaration.get("comparison");
        xml.writeStartElement(P, "comparison", NAMESPACE);
        if (comparison != null && comparison.isArray()) {
            for (JsonNode item : comparison.values()) {
                xml.writeStartElement(P, "item", NAMESPACE);
                text(xml, "standardNumber", item, "standardNumber");
                text(xml, "indicator", item, "indicator");
                text(xml, "ours", item, "ours");
                text(xml, "theirs", item, "theirs");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();

        JsonNode commitments = declaration.get("commitments");
        xml.writeStartElement(P, "commitments", NAMESPACE);
        text(xml, "lawfulAndTrue", commitments, "lawfulAndTrue");
        text(xml, "compliant", commitments, "compliant");
        text(xml, "confirmedBy", commitments, "confirmedBy");
        text(xml, "confirmedAt", commitments, "confirmedAt");
        xml.writeEndElement();

        text(xml, "status", declaration, "status");
        xml.writeEndElement();
    }

    private static void indicators(XMLStreamWriter xml, String element, JsonNode values) throws XMLStreamException {
        xml.writeStartElement(P, element, NAMESPACE);
        if (values != null && values.isArray()) {
            for (JsonNode value : values.values()) {
                if (value.isString()) {
                    xml.writeStartElement(P, "indicator", NAMESPACE);
                    xml.writeCharacters(OaiXml.clean(value.getStringValue()));
                    xml.writeEndElement();
                }
            }
        }
        xml.writeEndElement();
    }

    /** {@code <tb:element>} with the string, number or boolean at {@code field} of {@code parent}, when present. */
    private static void text(XMLStreamWriter xml, String element, JsonNode parent, String field) throws XMLStreamException {
        JsonNode node = parent == null || !parent.isObject() ? null : parent.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return;
        }
        String value = node.isString() ? node.getStringValue() : node.coerceStringValue();
        xml.writeStartElement(P, element, NAMESPACE);
        xml.writeCharacters(OaiXml.clean(value));
        xml.writeEndElement();
    }
}
