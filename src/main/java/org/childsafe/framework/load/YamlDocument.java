package org.childsafe.framework.load;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Turns the bytes of a file into a YAML node tree (SnakeYAML's compose step, which keeps line numbers),
 * reporting non-UTF-8 bytes, syntax errors and oversized or empty files as problems.
 * Nothing is ever instantiated from the file: only nodes are composed, with safe limits.
 */
final class YamlDocument {

    /** The largest file accepted, in code points (2 MiB). */
    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 50;

    private YamlDocument() {
    }

    static Optional<Node> read(byte[] bytes, Problems problems) {
        Optional<String> text = decode(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().codePointCount(0, text.get().length()) > MAX_CODE_POINTS) {
            problems.file(null, Problems.say("tooLarge", MAX_CODE_POINTS));
            return Optional.empty();
        }
        try {
            Node root = yaml().compose(new StringReader(text.get()));
            if (root == null || Values.isNull(root)) {
                problems.file(null, Problems.say("fileEmpty"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            problems.file(Problems.lineOf(e.getProblemMark()), Problems.say("invalidYaml", describe(e)));
        } catch (ReaderException e) {
            problems.file(lineAt(text.get(), e.getPosition()), Problems.say("characterNotAllowed",
                    String.format("U+%04X", e.getCodePoint())));
        } catch (YAMLException e) {
            problems.file(null, Problems.say("invalidYaml", String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** SnakeYAML's context and problem, e.g. {@code while parsing a flow sequence: expected ',' or ']'}. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        return e.getContext() + (problem.startsWith("but ") ? ", " : ": ") + problem;
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        return options;
    }

    private static Yaml yaml() {
        LoaderOptions options = loaderOptions();
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
    }

    /** Strict UTF-8 (a leading byte order mark is dropped); the line of the first bad byte is reported. */
    private static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length == 0) {
            problems.file(null, Problems.say("fileEmpty"));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(input).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < input.position() && i < bytes.length; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.file(line, Problems.say("notUtf8"));
            return Optional.empty();
        }
    }

    private static int lineAt(String text, int codePointIndex) {
        int line = 1;
        int index = 0;
        for (int i = 0; i < codePointIndex && index < text.length(); i++) {
            int codePoint = text.codePointAt(index);
            line += codePoint == '\n' ? 1 : 0;
            index += Character.charCount(codePoint);
        }
        return line;
    }
}
