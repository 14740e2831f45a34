package org.childsafe.perf;

import java.util.Random;

/** A seeded, valid framework file of any size for benchmarks (10% critical items, met-partial scale). */
public final class SyntheticFramework {

    private SyntheticFramework() {
    }

    public static String yaml(String code, int domains, int itemsPerDomain) {
        StringBuilder y = new StringBuilder();
        y.append("framework: ").append(code).append("\nversion: \"1\"\n");
        y.append("title: {en: \"Benchmark framework\", th: \"กรอบทดสอบ\"}\ndomains:\n");
        for (int d = 0; d < domains; d++) {
            y.append("  - code: D").append(d).append("\n    title: {en: \"Domain ").append(d)
                    .append("\", th: \"หมวด ").append(d).append("\"}\n    items:\n");
            for (int i = 0; i < itemsPerDomain; i++) {
                y.append("      - code: D").append(d).append('.').append(i).append('\n');
                y.append("        text: {en: \"Statement ").append(d).append('.').append(i)
                        .append(" about keeping children safe\", th: \"ข้อความ ").append(d).append('.').append(i).append("\"}\n");
                if (i % 10 == 0) {
                    y.append("        critical: true\n");
                }
                y.append("        actions:\n          - text: {en: \"Put it in place\", th: \"ดำเนินการ\"}\n")
                        .append("            timeframeDays: 60\n");
            }
        }
        return y.toString();
    }

    /** A seeded answer for item i: mostly met, some partial, not met, don't know. */
    public static String answer(Random random) {
        int r = random.nextInt(100);
        return r < 55 ? "met" : r < 80 ? "partial" : r < 95 ? "not_met" : "dont_know";
    }
}
