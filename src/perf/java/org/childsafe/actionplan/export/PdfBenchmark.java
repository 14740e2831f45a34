package org.childsafe.actionplan.export;

import org.childsafe.uikit.ChildSafeI18n;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * B8: the printable action plan (Thai, one A4 page) written by {@link PlanPdf}, alone and with 20 written at
 * once (20 people downloading together; in this package to reuse the test fixture {@link PlanFixtures}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PdfBenchmark {

    /** 14: a typical plan of a small shelter; 33: every item of the core framework. */
    @Param({"14", "33"})
    int actions;

    PlanDocument plan;
    Labels labels;

    @Setup
    public void setUp() {
        plan = PlanFixtures.thaiPlan(actions);
        labels = new Labels(new ChildSafeI18n(), plan.language());
    }

    @Benchmark
    public byte[] onePlan() throws IOException {
        return write();
    }

    @Benchmark
    @Threads(20)
    public byte[] twentyAtOnce() throws IOException {
        return write();
    }

    private byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PlanPdf.write(plan, labels, out);
        return out.toByteArray();
    }
}
