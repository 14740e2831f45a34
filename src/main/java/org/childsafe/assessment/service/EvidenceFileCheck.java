package org.childsafe.assessment.service;

import org.apache.tika.Tika;
import org.childsafe.kernel.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded evidence file really is, decided from its bytes (Apache Tika's magic-number detection),
 * never from what the browser declares: only PDF, JPEG, PNG, Word (.docx) and plain text are kept, and the
 * declared type must agree with the content (an HTML page declared as text, or an SVG with script declared
 * as PNG, is refused). The file name keeps only its last part, without paths or control characters.
 */
final class EvidenceFileCheck {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Accepted types, by the type Tika detects. */
    private static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "application/pdf",
            "image/jpeg", "image/jpeg",
            "image/png", "image/png",
            "text/plain", "text/plain",
            DOCX, DOCX,
            // tika-core alone sees a .docx as an OOXML (zip) container: checked below for word/document.xml
            "application/x-tika-ooxml", DOCX,
            "application/zip", DOCX);
    private static final Tika TIKA = new Tika();

    private EvidenceFileCheck() {
    }

    /** The file as it will be stored: a safe name and the type of its content. */
    record Checked(String fileName, String fileType) {
    }

    /**
     * @throws InvalidInputException (field {@code file}) when the content is not an accepted type or is not
     *                               what was declared
     */
    static Checked check(String fileName, String declaredType, byte[] data) {
        String name = safeName(fileName);
        String detected = detect(data, name);
        String type = ACCEPTED.get(detected);
        if (type == null || type.equals(DOCX) && !isWordDocument(data)) {
            throw InvalidInputException.field("file", "error.file.type");
        }
        if (type.equals("text/plain") && !utf8(data)) {
            throw InvalidInputException.field("file", "error.file.type");
        }
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(type)) {
            throw InvalidInputException.field("file", "error.file.mismatch", name);
        }
        return new Checked(name, type);
    }

    /** The last part of the name, without paths, control characters or leading dots; at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "").strip();
        name = name.replaceFirst("^\\.+", "");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String detect(byte[] data, String name) {
        try {
            // the name only breaks ties Tika cannot settle from the bytes (e.g. text); the bytes decide
            return TIKA.detect(new ByteArrayInputStream(data), name);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static boolean isWordDocument(byte[] data) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean utf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(data));
            for (byte b : data) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
