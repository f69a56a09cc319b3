package cn.tuanbiao.documents.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a stage document may have (LC-5), each known by its extension and by the first
 * bytes of its content. A file is accepted only when both agree, so a renamed executable or a
 * script posing as a PDF is refused. Office Open XML and OFD files are ZIP containers, the older
 * Office formats OLE2 containers; the check is at the container level.
 */
public enum AcceptedFileType {
    PDF("application/pdf", bytes("%PDF-"), "pdf"),
    OFD("application/ofd", ZipMagic.ZIP, "ofd"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZipMagic.ZIP, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZipMagic.ZIP, "xlsx"),
    DOC("application/msword", ZipMagic.OLE2, "doc"),
    XLS("application/vnd.ms-excel", ZipMagic.OLE2, "xls"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    /** How many leading bytes the longest signature needs. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final byte[] signature;
    private final List<String> extensions;

    AcceptedFileType(String mediaType, byte[] signature, String... extensions) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the file name claims, if it is one we accept. */
    public static Optional<AcceptedFileType> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** Whether the content starts as this type's content must. */
    public boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The extensions accepted, for messages and the upload field's filter. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).map(e -> "." + e).toList();
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final class ZipMagic {
        static final byte[] ZIP = {'P', 'K', 3, 4};
        static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1};
    }
}
