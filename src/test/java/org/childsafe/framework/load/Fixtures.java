package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.childsafe.framework.domain.Framework;

/**
 * Framework files for tests. {@link #MINIMAL} is nine lines long, so text appended to it starts on
 * line 10: {@link #withItemLines} continues item P1, {@link #withDomainLines} continues domain P and
 * {@link #withTopLines} adds top-level keys.
 */
final class Fixtures {

    static final String MINIMAL = resource("minimal.yaml");
    static final String FULL = resource("full.yaml");

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/frameworks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource frameworks/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(String yaml) {
        return new FrameworkParser().parse(yaml);
    }

    static Framework valid(String yaml) {
        ParseResult result = parse(yaml);
        if (result instanceof ParseResult.Invalid invalid) {
            fail("expected a valid file but got:%n%s", invalid.problems().stream()
                    .map(Problem::describe).collect(Collectors.joining("\n")));
        }
        return ((ParseResult.Valid) result).framework();
    }

    static List<Problem> problemsOf(String yaml) {
        return problemsOf(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The problems of a refused file, each with its message in English, so tests compare the English wording. */
    static List<Problem> problemsOf(byte[] yaml) {
        ParseResult result = new FrameworkParser().parse(yaml);
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        return ((ParseResult.Invalid) result).problems().stream()
                .map(p -> new Problem(p.path(), p.line(), p.message())).toList();
    }

    static String withTopLines(String... lines) {
        return MINIMAL + String.join("\n", lines) + "\n";
    }

    static String withDomainLines(String... lines) {
        return MINIMAL + indented("    ", lines);
    }

    static String withItemLines(String... lines) {
        return MINIMAL + indented("        ", lines);
    }

    private static String indented(String indent, String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(indent).append(line).append('\n');
        }
        return text.toString();
    }

    static Problem problem(String path, Integer line, String message) {
        return new Problem(path, line, message);
    }
}
