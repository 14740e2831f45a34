package org.childsafe.framework.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.kernel.Text;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of YAML nodes: each method either returns the value or reports why it cannot and
 * returns empty. Plain scalars keep their text as written (so {@code code: 1.10} is the code "1.10").
 */
final class Values {

    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)?");
    static final Text A_TEXT_MAP = Problems.say("expected.textMap");

    private static final Set<Tag> TEXT_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);
    private static final Set<Tag> SUPPORTED_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    private final Problems problems;
    private final NumberConstructor numbers = new NumberConstructor();

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    Optional<YamlMap> map(Node node, String path, Set<String> allowedKeys) {
        return YamlMap.of(node, path, problems, allowedKeys, Problems.say("expected.mapping"));
    }

    Optional<List<Node>> list(Node node, String path) {
        if (node instanceof SequenceNode sequence && sequence.getTag().equals(Tag.SEQ)) {
            return Optional.of(sequence.getValue());
        }
        return fail(path, node, notA(Problems.say("expected.list"), node));
    }

    /** Text as written, stripped of surrounding white space. */
    Optional<String> string(Node node, String path) {
        if (node instanceof ScalarNode scalar && TEXT_TAGS.contains(scalar.getTag())) {
            return Optional.of(scalar.getValue().strip());
        }
        return fail(path, node, notA(Problems.say("expected.text"), node));
    }

    Optional<String> code(Node node, String path, Pattern pattern) {
        Optional<String> code = string(node, path);
        if (code.isPresent() && !pattern.matcher(code.get()).matches()) {
            return fail(path, node, Problems.say("pattern", pattern.pattern()));
        }
        return code;
    }

    Optional<Boolean> bool(Node node, String path) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String value = scalar.getValue().toLowerCase(Locale.ROOT);
            if (TRUE.contains(value) || FALSE.contains(value)) {
                return Optional.of(TRUE.contains(value));
            }
        }
        return fail(path, node, notA(Problems.say("expected.boolean"), node));
    }

    Optional<Double> number(Node node, String path) {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            Number value = numbers.construct(scalar);
            if (value != null) {
                return Double.isFinite(value.doubleValue())
                        ? Optional.of(value.doubleValue()) : fail(path, node, Problems.say("finiteNumber"));
            }
        }
        return fail(path, node, notA(Problems.say("expected.number"), node));
    }

    Optional<Integer> wholeNumber(Node node, String path) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            Number value = numbers.construct(scalar);
            if (value instanceof Integer integer) {
                return Optional.of(integer);
            }
            if (value != null) {
                return fail(path, node, Problems.say("wholeNumberTooLarge"));
            }
        }
        if (node.getTag().equals(Tag.FLOAT)) {
            return fail(path, node, Problems.say("wholeNumber"));
        }
        return fail(path, node, notA(Problems.say("expected.wholeNumber"), node));
    }

    /** A map of language code to text; English ({@code en}) is required and no text may be blank. */
    LocalizedText text(Node node, String path) {
        Optional<YamlMap> map = YamlMap.of(node, path, problems, null, A_TEXT_MAP);
        if (map.isEmpty()) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean englishReported = false;
        for (String language : map.get().keys()) {
            String languagePath = map.get().path(language);
            Node value = map.get().raw(language);
            boolean english = LocalizedText.FALLBACK_LANGUAGE.equals(language);
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(languagePath, map.get().keyLine(language),
                        Problems.say("languageCode", language));
            } else if (value == null || isNull(value)) {
                problems.add(languagePath, value, Problems.say(english ? "missingEnglish" : "emptyText"));
                englishReported |= english;
            } else {
                Optional<String> text = string(value, languagePath);
                if (text.isPresent() && text.get().isEmpty()) {
                    problems.add(languagePath, value, Problems.say(english ? "missingEnglish" : "emptyText"));
                } else {
                    text.ifPresent(t -> texts.put(language, t));
                }
                englishReported |= english;
            }
        }
        if (!englishReported && !texts.containsKey(LocalizedText.FALLBACK_LANGUAGE)) {
            problems.add(map.get().path(LocalizedText.FALLBACK_LANGUAGE), map.get().line(), Problems.say("missingEnglish"));
        }
        return new LocalizedText(texts);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** {@code must be a list, not text}; unsupported tags are named as such. */
    static Text notA(Text expected, Node node) {
        if (!SUPPORTED_TAGS.contains(node.getTag())) {
            return Problems.say("unsupportedTag", node.getTag().getValue());
        }
        return Problems.say("notA", expected, Problems.say("found." + kindOf(node)));
    }

    /** What a node is, as the name of a {@code framework.problem.found.*} key. */
    private static String kindOf(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "empty";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "boolean";
        }
        return tag.equals(Tag.TIMESTAMP) ? "date" : "text";
    }

    private <T> Optional<T> fail(String path, @Nullable Node node, Text message) {
        problems.add(path, node, message);
        return Optional.empty();
    }

    /** SnakeYAML's own reading of int and float scalars (hex, octal, underscores, .inf ...). */
    private static final class NumberConstructor extends SafeConstructor {
        NumberConstructor() {
            super(new LoaderOptions());
        }

        /** The number, or null when an explicitly tagged scalar ({@code !!int abc}) is not one. */
        @Nullable Number construct(ScalarNode node) {
            try {
                return constructObject(node) instanceof Number number ? number : null;
            } catch (RuntimeException notANumber) {
                return null;
            }
        }
    }
}
