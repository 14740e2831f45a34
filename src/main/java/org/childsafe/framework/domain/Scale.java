package org.childsafe.framework.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer scale. Its options always end with {@code dont_know} (value 0) and {@code na} (no value).
 */
public record Scale(String id, List<ScaleOption> options) {

    public static final String MET_PARTIAL = "met-partial";
    public static final String FREQUENCY = "frequency";

    public Scale {
        options = List.copyOf(options);
    }

    public static Scale metPartial() {
        return withStandardOptions(MET_PARTIAL, List.of(
                new ScaleOption("met", 1.0, LocalizedText.EMPTY),
                new ScaleOption("partial", 0.5, LocalizedText.EMPTY),
                new ScaleOption("not_met", 0.0, LocalizedText.EMPTY)));
    }

    public static Scale frequency() {
        return withStandardOptions(FREQUENCY, List.of(
                new ScaleOption("always", 1.0, LocalizedText.EMPTY),
                new ScaleOption("mostly", 0.75, LocalizedText.EMPTY),
                new ScaleOption("sometimes", 0.5, LocalizedText.EMPTY),
                new ScaleOption("rarely", 0.25, LocalizedText.EMPTY),
                new ScaleOption("never", 0.0, LocalizedText.EMPTY)));
    }

    /** The built-in scale with this id, if any. */
    public static Optional<Scale> builtIn(String id) {
        if (MET_PARTIAL.equals(id)) {
            return Optional.of(metPartial());
        }
        if (FREQUENCY.equals(id)) {
            return Optional.of(frequency());
        }
        return Optional.empty();
    }

    /** Adds {@code dont_know} and {@code na} after the given options, unless they are already listed. */
    public static Scale withStandardOptions(String id, List<ScaleOption> options) {
        List<ScaleOption> all = new ArrayList<>(options);
        if (all.stream().noneMatch(ScaleOption::isDontKnow)) {
            all.add(new ScaleOption(ScaleOption.DONT_KNOW, 0.0, LocalizedText.EMPTY));
        }
        if (all.stream().noneMatch(ScaleOption::isNotApplicable)) {
            all.add(new ScaleOption(ScaleOption.NOT_APPLICABLE, null, LocalizedText.EMPTY));
        }
        return new Scale(id, all);
    }

    public Optional<ScaleOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
