package org.childsafe.perf;

import org.childsafe.actionplan.domain.ActionPlanGenerator;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;
import org.childsafe.scoring.ItemResponse;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;
import org.childsafe.scoring.Scoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** B5(a): the pure scoring function (and the action plan generator) on a 500-item framework. */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    Framework framework;
    List<ItemResponse> responses;
    ScoreResult effective;

    @Setup
    public void setUp() {
        ParseResult parsed = new FrameworkParser().parse(SyntheticFramework.yaml("bench-500", 10, 50));
        framework = ((ParseResult.Valid) parsed).framework();
        Random random = new Random(42);
        responses = new ArrayList<>();
        framework.items().forEach(item -> responses.add(
                ItemResponse.answered(item.code(), SyntheticFramework.answer(random)).withEvidence(random.nextBoolean())));
        effective = Scoring.score(framework, responses, Perspective.EFFECTIVE);
    }

    @Benchmark
    public ScoreComparison scoreBothPerspectives() {
        return Scoring.compare(framework, responses);
    }

    @Benchmark
    public Object generateActionPlan() {
        return ActionPlanGenerator.generate(framework, effective, LocalDate.of(2026, 11, 29));
    }
}
