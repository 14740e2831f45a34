package org.childsafe.framework.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports the shipped frameworks at start-up, idempotently: from {@code app.frameworks.directory}
 * ({@code config/frameworks}) when it exists, else from the copies packaged in the jar
 * ({@code classpath:frameworks/}). A file already imported with the same bytes, or with the same content
 * and other comments or formatting (a new header, say), is left alone and the stored bytes are kept; a
 * shipped file that is invalid or conflicts stops start-up with its problems.
 */
@Singleton
@Order(20)
public class ShippedFrameworks implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedFrameworks.class);
    /** The packaged copies (the build copies config/frameworks here). */
    public static final List<String> PACKAGED = List.of("cso-core-2026.1.yaml", "national-principles-2019.1.yaml",
            "the-code-2026.1.yaml", "psea-core-2026.1.yaml");

    private final FrameworkLibrary library;
    private final String directory;

    public ShippedFrameworks(FrameworkLibrary library, @Value("${app.frameworks.directory:config/frameworks}") String directory) {
        this.library = library;
        this.directory = directory;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Path dir = Path.of(directory);
        int created = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().toList()) {
                    created += importOne(file.toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + dir.toAbsolutePath(), e);
            }
        } else {
            for (String name : PACKAGED) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream("frameworks/" + name)) {
                    if (in != null) {
                        created += importOne("classpath:frameworks/" + name, in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (created > 0) {
            LOG.info("Imported {} shipped framework version(s)", created);
        }
    }

    private int importOne(String name, byte[] content) {
        try {
            return library.importFile(Actor.SYSTEM, content).outcome() == FrameworkLibrary.ImportOutcome.CREATED ? 1 : 0;
        } catch (Refusal refused) {
            StringBuilder message = new StringBuilder("shipped framework " + name + " refused: " + refused.getMessage());
            refused.details().forEach(d -> message.append("\n  ").append(d.path()).append(d.line() == null ? ""
                    : " (line " + d.line() + ")").append(": ").append(Messages.english(d.message())));
            throw new IllegalStateException(message.toString(), refused);
        }
    }
}
