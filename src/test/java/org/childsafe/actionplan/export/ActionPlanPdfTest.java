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
import java.util.Collections;
import java.util.List;

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
        PlanDocument th = PlanFixtures.thaiPlan();
        List<PlanDocument.Row> rows = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            PlanDocument.Row r = th.rows().get(i % th.rows().size());
            rows.add(new PlanDocument.Row(r.itemCode() + "." + i, r.domain(), r.priority(), r.critical(), r.text(),
                    r.ownerRole(), r.owner(), r.dueDate(), r.firstStep(), r.resources(), r.completionIndicator(),
                    r.status(), r.dropReason(), r.overdue()));
        }
        PlanDocument all = new PlanDocument("th", th.organisation(), th.assessmentTitle(), th.framework(),
                th.assessmentDate(), th.today(), th.score(), th.rating(), rows, th.progress());
        byte[] bytes = pdf(all);
        Files.write(Path.of("target/action-plan-th-33.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            rows.forEach(r -> assertThat(text).contains(r.itemCode()));
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

    @Test
    void plans_written_in_parallel_share_the_fonts_safely() throws Exception {
        PlanDocument plan = PlanFixtures.thaiPlan();
        String expected = comparable(new PDFTextStripper().getText(Loader.loadPDF(pdf(plan))));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> pdf(plan)));
            }
            for (java.util.concurrent.Future<byte[]> result : results) {
                try (PDDocument document = Loader.loadPDF(result.get())) {
                    assertThat(comparable(new PDFTextStripper().getText(document))).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Not a check: prints the median of 10 warm runs (benchmark B8 baseline). */
    @Test
    void timing_of_the_one_page_plan() throws IOException {
        PlanDocument plan = PlanFixtures.thaiPlan();
        for (int i = 0; i < 5; i++) {
            pdf(plan);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            pdf(plan);
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("[B8] one-page Thai action plan PDF (%d actions): median %.1f ms, min %.1f ms, max %.1f ms%n",
                plan.rows().size(), (micros.get(4) + micros.get(5)) / 2000.0, micros.get(0) / 1000.0,
                micros.get(9) / 1000.0);
    }
}
