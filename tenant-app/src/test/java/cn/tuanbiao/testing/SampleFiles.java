package cn.tuanbiao.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small files of the types users upload, real enough for the type and size checks. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page PDF whose content differs by {@code text}, so that each call can give a new fingerprint. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    public static InputStream pdfStream(String text) {
        return new ByteArrayInputStream(pdf(text));
    }
}
