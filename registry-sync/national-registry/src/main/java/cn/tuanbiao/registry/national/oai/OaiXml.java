package cn.tuanbiao.registry.national.oai;

/** Namespaces of the OAI-PMH response and the characters XML 1.0 cannot carry. */
final class OaiXml {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    static final String OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd";

    private OaiXml() {
    }

    /** The text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (cleaned != null) {
                        cleaned.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
