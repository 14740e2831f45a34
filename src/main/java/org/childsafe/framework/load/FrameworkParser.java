package org.childsafe.framework.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one framework file (docs/framework-format.md) into a {@link Framework} with every default filled
 * in, or lists every problem in it. Never throws for bad input: empty files, broken YAML, non-UTF-8
 * bytes, wrong types and unknown keys all come back as {@link ParseResult.Invalid}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FrameworkParser {

    /** Framework codes. */
    public static final Pattern FRAMEWORK_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private static final Set<String> KEYS = Set.of("framework", "version", "title", "description", "publisher",
            "source", "licence", "indicative", "scale", "bands", "domains");
    private static final Set<Tag> UNQUOTED_VERSION_TAGS = Set.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);

    /** Parses the bytes of one file, which must be UTF-8. */
    public ParseResult parse(byte[] yaml) {
        Problems problems = new Problems();
        Optional<Node> root = YamlDocument.read(yaml, problems);
        Framework framework = root.flatMap(node -> YamlMap.of(node, "", problems, KEYS,
                        Problems.say("expected.topLevel")))
                .map(map -> framework(map, new Values(problems)))
                .orElse(null);
        if (framework == null || !problems.isEmpty()) {
            return new ParseResult.Invalid(problems.all());
        }
        return new ParseResult.Valid(framework);
    }

    /** Parses a file held as text. */
    public ParseResult parse(String yaml) {
        return parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Framework framework(YamlMap map, Values values) {
        String code = map.required("framework")
                .flatMap(n -> values.code(n, map.path("framework"), FRAMEWORK_CODE)).orElse("");
        String version = map.required("version").flatMap(n -> version(n, map.path("version"), values)).orElse("");
        LocalizedText title = map.required("title").map(n -> values.text(n, map.path("title")))
                .orElse(LocalizedText.EMPTY);
        LocalizedText description = map.optional("description").map(n -> values.text(n, map.path("description")))
                .orElse(LocalizedText.EMPTY);
        String publisher = plain(map, "publisher", values);
        String source = plain(map, "source", values);
        if (source != null && !isWebAddress(source)) {
            values.problems().add(map.path("source"), map.raw("source"), Problems.say("sourceUrl"));
        }
        String licence = plain(map, "licence", values);
        boolean indicative = map.optional("indicative").flatMap(n -> values.bool(n, map.path("indicative")))
                .orElse(false);
        ScaleReader scales = new ScaleReader(values);
        Scale scale = map.optional("scale").map(n -> scales.scale(n, map.path("scale"))).orElseGet(Scale::metPartial);
        List<Band> bands = map.optional("bands").map(n -> scales.bands(n, map.path("bands"))).orElse(Band.DEFAULTS);
        List<Domain> domains = map.required("domains")
                .map(n -> new DomainReader(values).domains(n, map.path("domains"))).orElse(List.of());
        return new Framework(code, version, title, description, publisher, source, licence, indicative, scale,
                bands, domains);
    }

    /** A version must be written as text: a bare {@code 2026.10} would mean the number 2026.1 to YAML tools. */
    private static Optional<String> version(Node node, String path, Values values) {
        if (node instanceof ScalarNode scalar && UNQUOTED_VERSION_TAGS.contains(scalar.getTag())) {
            values.problems().add(path, node, Problems.say("versionUnquoted", scalar.getValue()));
            return Optional.empty();
        }
        Optional<String> version = values.string(node, path);
        if (version.isPresent() && version.get().isEmpty()) {
            values.problems().add(path, node, Problems.say("blank"));
            return Optional.empty();
        }
        return version;
    }

    private static @Nullable String plain(YamlMap map, String key, Values values) {
        Optional<String> text = map.optional(key).flatMap(n -> values.string(n, map.path(key)));
        if (text.isPresent() && text.get().isEmpty()) {
            values.problems().add(map.path(key), map.raw(key), Problems.say("blank"));
        }
        return text.orElse(null);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
