package org.childsafe.rounds;

import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The two versions of the rounds tests' small framework (src/test/resources/rounds). */
public final class RoundKit {

    private RoundKit() {
    }

    public static byte[] bytes(String version) {
        try (InputStream in = RoundKit.class.getResourceAsStream("/rounds/round-kit-" + version + ".yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Framework version(String version) {
        ParseResult result = new FrameworkParser().parse(bytes(version));
        if (result instanceof ParseResult.Valid valid) {
            return valid.framework();
        }
        throw new IllegalStateException("round kit " + version + " does not parse: " + result);
    }
}
