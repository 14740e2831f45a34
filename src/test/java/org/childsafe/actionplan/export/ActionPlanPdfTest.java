package org.childsafe.actionplan.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable plan opened with PDFBox: one A4 page, the Thai action text and every action in it. */
class ActionPlanPdfTest {

    private static final ChildSafeI18n I18N = new ChildSafeI18n();

    static byte[] pdf(PlanDocument plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdf.write(plan, new Labels(I18N, plan.language()), out);
        return out.toByteArray();
    }

    /**
     * Extracted text compared on what a reader sees: without the zero-width spaces added for line breaking,
     * without line breaks and spaces (cells wrap), and in compatibility form (the shaped glyph of sara am maps
     * back to nikhahit + sara aa).
     */
    static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u200B]", "");
    }

    @Test
    void a_thai_plan_prints_on_one_a4_page_with_the_thai_text_and_every_action() throws IOException {
        PlanDocument plan = PlanFixtures.thaiPlan();
        byte[] bytes = pdf(plan);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/action-plan-th.pdf"), bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            String seen = comparable(text);
            assertThat(seen).contains(comparable(PlanFixtures.THAI_ACTION));
            assertThat(seen).contains(comparable("แผนปฏิบัติการ")).contains(comparable("มูลนิธิบ้านเด็กเชียงราย"))
                    .contains(comparable("เลยกำหนด")).contains(comparable("เร่งด่วน"));
            for (PlanDocument.Row row : plan.rows()) {
                assertThat(text).as("item code of every action").contains(row.itemCode());
            }
            assertThat(text).contains("2026-02-10");
        }
    }

    @Test
    void the_english_plan_has_the_column_headings_and_priority_words() throws IOException {
        PlanDocument th = PlanFixtures.thaiPlan();
        PlanDocument en = new PlanDocument("en", "Baan Dek Chiang Rai", "Self-assessment 2026", "CSO core 2026.1",
                th.assessmentDate(), th.today(), th.score(), th.rating(), th.rows(), th.progress());
        try (PDDocument document = Loader.loadPDF(pdf(en))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Priority", "Item", "Action", "Owner", "Due date", "First step", "Status",
                    "Urgent", "Overdue", "Critical gaps", "Baan Dek Chiang Rai");
        }
    }

    @Test
    void a_plan_for_every_item_of_the_core_framework_still_fits_one_page_in_smaller_type() throws IOException {
        PlanDocument all = PlanFixtures.thaiPlan(33);
        byte[] bytes = pdf(all);
        Files.write(Path.of("target/action-plan-th-33.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            all.rows().forEach(r -> assertThat(text).contains(r.itemCode()));
        }
    }

    @Test
    void an_empty_plan_says_there_is_nothing_to_do() throws IOException {
        PlanDocument th = PlanFixtures.thaiPlan();
        PlanDocument empty = new PlanDocument("en", "Org", "Assessment", "CSO core", th.assessmentDate(), th.today(),
                100.0, "strong", List.of(), List.of());
        try (PDDocument document = Loader.loadPDF(pdf(empty))) {
            assertThat(new PDFTextStripper().getText(document)).contains("No actions");
        }
    }

    /** Twenty people download at once (benchmark B8's load): every PDF is whole and the same. */
    @Test
    void twenty_plans_written_at_once_share_the_fonts_safely() throws Exception {
        PlanDocument plan = PlanFixtures.thaiPlan();
        String expected;
        try (PDDocument document = Loader.loadPDF(pdf(plan))) {
            expected = comparable(new PDFTextStripper().getText(document));
        }
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return pdf(plan);
                }));
            }
            start.countDown();
            for (Future<byte[]> result : results) {
                try (PDDocument document = Loader.loadPDF(result.get(2, TimeUnit.MINUTES))) {
                    assertThat(document.getNumberOfPages()).isEqualTo(1);
                    assertThat(comparable(new PDFTextStripper().getText(document))).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
