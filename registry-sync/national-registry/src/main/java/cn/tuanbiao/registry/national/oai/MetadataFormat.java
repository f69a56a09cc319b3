package cn.tuanbiao.registry.national.oai;

import java.util.List;
import java.util.Optional;

/** The two formats the registry disseminates: Dublin Core and the self-declaration of PROTOCOL §5. */
enum MetadataFormat {

    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    TB_SELFDECL("tb_selfdecl", null, SelfDeclarationXml.NAMESPACE);

    /** Where the registry serves the self-declaration's schema, under its OAI base URL. */
    static final String SELFDECL_SCHEMA_PATH = "/schemas/tb_selfdecl.xsd";

    private final String prefix;
    private final String schema;
    private final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    static Optional<MetadataFormat> of(String prefix) {
        return List.of(values()).stream().filter(format -> format.prefix.equals(prefix)).findFirst();
    }

    String prefix() {
        return prefix;
    }

    String namespace() {
        return namespace;
    }

    /** The schema URL; ours is served by the registry itself ({@code baseUrl} is the OAI base URL). */
    String schema(String baseUrl) {
        return schema != null ? schema : baseUrl + SELFDECL_SCHEMA_PATH;
    }
}
