package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code scale} (a built-in id or an inline scale) and {@code bands}. */
final class ScaleReader {

    /** Codes of scale options and bands, and inline scale ids. */
    static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private static final Set<String> SCALE_KEYS = Set.of("id", "options");
    private static final Set<String> OPTION_KEYS = Set.of("code", "value", "label");
    private static final Set<String> BAND_KEYS = Set.of("code", "min");

    private final Values values;
    private final Problems problems;

    ScaleReader(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    Scale scale(Node node, String path) {
        if (node instanceof ScalarNode) {
            Optional<String> id = values.string(node, path);
            if (id.isPresent() && Scale.builtIn(id.get()).isEmpty()) {
                problems.add(path, node, Problems.say("unknownScale", id.get(), Scale.MET_PARTIAL, Scale.FREQUENCY));
            }
            return id.flatMap(Scale::builtIn).orElseGet(Scale::metPartial);
        }
        Optional<YamlMap> map = YamlMap.of(node, path, problems, SCALE_KEYS,
                Problems.say("expected.scale"));
        if (map.isEmpty()) {
            return Scale.metPartial();
        }
        String id = map.get().required("id").flatMap(n -> values.code(n, map.get().path("id"), SHORT_CODE)).orElse("");
        int before = problems.count();
        List<ScaleOption> options = map.get().required("options")
                .map(n -> options(n, map.get().path("options"))).orElse(List.of());
        Scale scale = Scale.withStandardOptions(id, options);
        Optional<Scale> builtIn = Scale.builtIn(id);
        if (builtIn.isPresent() && problems.count() == before && !valuesByCode(scale).equals(valuesByCode(builtIn.get()))) {
            problems.add(map.get().path("id"), map.get().raw("id"), Problems.say("builtInScaleId", id));
        }
        return scale;
    }

    /** An inline scale may carry a built-in id only with the built-in options (as the canonical form writes it). */
    private static Map<String, Double> valuesByCode(Scale scale) {
        Map<String, Double> values = new HashMap<>();
        scale.options().forEach(option -> values.put(option.code(), option.value()));
        return values;
    }

    private List<ScaleOption> options(Node node, String path) {
        List<ScaleOption> options = new ArrayList<>();
        Optional<List<Node>> list = values.list(node, path);
        if (list.isEmpty()) {
            return options;
        }
        Set<String> codes = new HashSet<>();
        int withoutCode = 0;
        for (int i = 0; i < list.get().size(); i++) {
            Optional<YamlMap> map = values.map(list.get().get(i), Problems.index(path, i), OPTION_KEYS);
            Optional<String> code = map.flatMap(m -> m.required("code").flatMap(n -> values.code(n, m.path("code"), SHORT_CODE)));
            if (code.isEmpty()) {
                withoutCode++;
            } else if (!codes.add(code.get())) {
                problems.add(map.get().path("code"), map.get().raw("code"), Problems.say("duplicateOptionCode", code.get()));
            }
            if (map.isPresent()) {
                YamlMap option = map.get();
                Double value = optionValue(option, code.orElse(""));
                LocalizedText label = option.optional("label").map(n -> values.text(n, option.path("label")))
                        .orElse(LocalizedText.EMPTY);
                options.add(new ScaleOption(code.orElse(""), value, label));
            }
        }
        boolean noScoredOption = options.stream().allMatch(o -> o.isDontKnow() || o.isNotApplicable());
        if (noScoredOption && withoutCode == 0) {
            problems.add(path, node, Problems.say("noScoredOption"));
        }
        return options;
    }

    private @Nullable Double optionValue(YamlMap map, String code) {
        if (ScaleOption.NOT_APPLICABLE.equals(code)) {
            if (map.raw("value") != null) {
                problems.add(map.path("value"), map.raw("value"), Problems.say("naHasNoValue"));
            }
            return null;
        }
        if (ScaleOption.DONT_KNOW.equals(code) && map.raw("value") == null) {
            return 0.0;
        }
        Optional<Double> value = map.required("value").flatMap(n -> values.number(n, map.path("value")));
        if (value.isPresent() && (value.get() < 0 || value.get() > 1)) {
            problems.add(map.path("value"), map.raw("value"), Problems.say("optionValue"));
        } else if (value.isPresent() && ScaleOption.DONT_KNOW.equals(code) && value.get() != 0) {
            problems.add(map.path("value"), map.raw("value"), Problems.say("dontKnowValue"));
        }
        return value.orElse(0.0);
    }

    List<Band> bands(Node node, String path) {
        List<Node> list = values.list(node, path).orElse(null);
        if (list == null) {
            return Band.DEFAULTS;
        }
        if (list.isEmpty()) {
            problems.add(path, node, Problems.say("noBand"));
            return Band.DEFAULTS;
        }
        List<Band> bands = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Double previousMin = null;
        for (int i = 0; i < list.size(); i++) {
            String bandPath = Problems.index(path, i);
            Optional<YamlMap> map = values.map(list.get(i), bandPath, BAND_KEYS);
            if (map.isEmpty()) {
                continue;
            }
            Optional<String> code = map.get().required("code")
                    .flatMap(n -> values.code(n, map.get().path("code"), SHORT_CODE));
            if (code.isPresent() && !codes.add(code.get())) {
                problems.add(map.get().path("code"), map.get().raw("code"), Problems.say("duplicateBandCode", code.get()));
            }
            Optional<Double> min = map.get().required("min").flatMap(n -> values.number(n, map.get().path("min")));
            Node minNode = map.get().raw("min");
            if (min.isPresent() && (min.get() < 0 || min.get() > 100)) {
                problems.add(map.get().path("min"), minNode, Problems.say("bandMin"));
            } else if (min.isPresent() && previousMin != null && min.get() >= previousMin) {
                problems.add(map.get().path("min"), minNode, Problems.say("bandOrder"));
            } else if (min.isPresent() && i == list.size() - 1 && min.get() != 0) {
                problems.add(map.get().path("min"), minNode, Problems.say("lastBandMin"));
            }
            previousMin = min.orElse(previousMin);
            bands.add(new Band(code.orElse(""), min.orElse(0.0)));
        }
        return bands;
    }
}
