package org.childsafe.perf;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Actor;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * B5(b) and the save-answer path, against the configured database (H2 by default; pass
 * -Ddatasources.default.url=jdbc:postgresql://... for PostgreSQL):
 * <ul>
 *   <li>score: AssessmentQueries.result on a fully answered 500-item draft (scored live: three queries, framework
 *       cached);</li>
 *   <li>save: AssessmentAnswering.answer (lock, validation, upsert, audit entry, the action plan brought in step,
 *       commit) versus a bare JDBC update of
 *       the same answer row in its own transaction.</li>
 * </ul>
 * Appends one CSV line per metric to src/perf/results/database.csv.
 */
public final class DatabaseBenchmark {

    private DatabaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.getInteger("iterations", 300);
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", -1, "app.demo", false,
                        "app.admin.password", "benchmark-admin-1"))
                .start()) {
            FrameworkLibrary library = context.getBean(FrameworkLibrary.class);
            OrganisationService organisations = context.getBean(OrganisationService.class);
            AssessmentQueries queries = context.getBean(AssessmentQueries.class);
            AssessmentAnswering answering = context.getBean(AssessmentAnswering.class);
            AssessmentWorkflow workflow = context.getBean(AssessmentWorkflow.class);
            DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                    .unwrapDataSource(context.getBean(DataSource.class));
            String url = context.getProperty("datasources.default.url", String.class).orElse("?");
            String engine = url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";

            String code = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            library.importFile(Actor.SYSTEM, SyntheticFramework.yaml(code, 10, 50).getBytes(StandardCharsets.UTF_8));
            Organisation org = organisations.create(Actor.SYSTEM, new OrganisationService.OrganisationForm(
                    "Benchmark " + code, "TH", "ngo", "small"));
            Assessment a = workflow.start(Actor.SYSTEM, new AssessmentWorkflow.StartForm(org.id(), code, "1", null, null));
            Random random = new Random(7);
            library.get(code, "1").framework().items().forEach(item -> answering.answer(Actor.SYSTEM, a.id(),
                    item.code(), new AssessmentAnswering.AnswerInput(SyntheticFramework.answer(random), null, null, null)));

            for (int i = 0; i < 50; i++) {
                queries.result(Actor.SYSTEM, a.id());
            }
            List<Long> score = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                long t = System.nanoTime();
                queries.result(Actor.SYSTEM, a.id());
                score.add(System.nanoTime() - t);
            }

            List<Long> service = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            String[] answers = {"met", "partial", "not_met"};
            for (int i = 0; i < iterations + 50; i++) {
                String answer = answers[i % 3];
                long t = System.nanoTime();
                answering.answer(Actor.SYSTEM, a.id(), "D3.7", new AssessmentAnswering.AnswerInput(answer, "c" + i, null, null));
                long s = System.nanoTime() - t;
                t = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement ps = c.prepareStatement("UPDATE answer SET answer = ?, comment = ?, updated_at = ?,"
                            + " updated_by = ? WHERE assessment_id = ? AND item_code = ?")) {
                        ps.setString(1, answer);
                        ps.setString(2, "c" + i);
                        ps.setTimestamp(3, Timestamp.from(Instant.now()));
                        ps.setString(4, "bench");
                        ps.setLong(5, a.id());
                        ps.setString(6, "D3.8");
                        ps.executeUpdate();
                    }
                    c.commit();
                }
                long b = System.nanoTime() - t;
                if (i >= 50) {
                    service.add(s);
                    bare.add(b);
                }
            }
            String sha = System.getProperty("git.sha", "unknown");
            report("B5b score 500 items via service (live, 3 queries)", score, engine, sha);
            report("save answer via service", service, engine, sha);
            report("save answer bare JDBC", bare, engine, sha);
            System.out.printf("save-answer ratio service/bare (p50): %.2f%n",
                    percentile(service, 50) / percentile(bare, 50));
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static void report(String metric, List<Long> nanos, String engine, String sha) throws IOException {
        String line = String.format("%s,%s,%s,%s,%d,%.3f,%.3f,%.3f%n", Instant.now(), sha, engine, metric, nanos.size(),
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
        System.out.printf("%s [%s] n=%d p50/p95/p99 ms: %.3f / %.3f / %.3f%n", metric, engine, nanos.size(),
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
        Path file = Path.of("src/perf/results/database.csv");
        if (!Files.exists(file)) {
            Files.writeString(file, "time,commit,engine,metric,n,p50_ms,p95_ms,p99_ms\n");
        }
        Files.writeString(file, line, StandardOpenOption.APPEND);
    }
}
