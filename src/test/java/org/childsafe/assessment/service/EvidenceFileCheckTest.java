package org.childsafe.assessment.service;

import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.Messages;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An uploaded file is what its bytes say, and only the accepted kinds are kept. */
class EvidenceFileCheckTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Test
    void the_accepted_kinds_are_kept_with_the_type_of_their_content() throws IOException {
        assertThat(EvidenceFileCheck.check("policy.pdf", "application/pdf", PDF).fileType()).isEqualTo("application/pdf");
        assertThat(EvidenceFileCheck.check("photo.png", "image/png", PNG).fileType()).isEqualTo("image/png");
        assertThat(EvidenceFileCheck.check("photo.jpg", "image/jpeg", JPEG).fileType()).isEqualTo("image/jpeg");
        assertThat(EvidenceFileCheck.check("notes.txt", "text/plain",
                "บันทึกการประชุม 12 มีนาคม".getBytes(StandardCharsets.UTF_8)).fileType()).isEqualTo("text/plain");
        assertThat(EvidenceFileCheck.check("code.docx", EvidenceFileCheck.DOCX, docx()).fileType())
                .isEqualTo(EvidenceFileCheck.DOCX);
    }

    @Test
    void an_html_page_declared_as_text_is_refused() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceFileCheck.check("notes.txt", "text/plain", html))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_svg_with_script_declared_as_png_is_refused() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceFileCheck.check("photo.png", "image/png", svg))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void content_that_is_not_what_its_type_says_is_refused_in_the_readers_language() {
        assertThatThrownBy(() -> EvidenceFileCheck.check("policy.png", "image/png", PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("file"));
                    assertThat(Messages.render(e.text(), Messages.THAI)).contains("policy.png").contains("ไม่ตรงกับ");
                });
    }

    @Test
    void a_zip_that_is_not_a_word_document_and_binary_text_are_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(new byte[]{1, 2, 3});
        }
        assertThatThrownBy(() -> EvidenceFileCheck.check("code.docx", EvidenceFileCheck.DOCX, bytes.toByteArray()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EvidenceFileCheck.check("notes.txt", "text/plain", new byte[]{'a', 0, 'b', (byte) 0xC3}))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_path_in_the_name_is_stripped() {
        assertThat(EvidenceFileCheck.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceFileCheck.safeName("C:\\Users\\malee\\Desktop\\policy.pdf")).isEqualTo("policy.pdf");
        assertThat(EvidenceFileCheck.safeName("report\u0000\n.pdf")).isEqualTo("report.pdf");
        assertThat(EvidenceFileCheck.safeName("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(EvidenceFileCheck.safeName("/")).isEqualTo("file");
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
