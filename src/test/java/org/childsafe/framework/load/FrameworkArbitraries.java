package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;

/** Random valid frameworks, as the parser would build them (texts stripped, codes unique, defaults explicit). */
final class FrameworkArbitraries {

    private static final String TEXT_CHARS = "abcXYZ 019.,;:-#&*!|>%@'\"{}[]?\t\nกขคนโยบาย–é";
    private static final String CODE_CHARS = "AZaz09_.-";

    private FrameworkArbitraries() {
    }

    static Arbitrary<Framework> frameworks() {
        Arbitrary<String> code = Combinators.combine(Arbitraries.strings().withChars("abz09").ofLength(1),
                Arbitraries.strings().withChars("az09-").ofMinLength(1).ofMaxLength(20)).as(String::concat);
        Arbitrary<String> version = Arbitraries.strings().withChars("0129.abx-").ofMinLength(1).ofMaxLength(10)
                .filter(v -> !v.isBlank());
        Arbitrary<String> optionalPlain = plainText().injectNull(0.4);
        Arbitrary<String> source = Arbitraries.strings().alpha().ofMaxLength(12)
                .map(path -> "https://example.org/" + path).injectNull(0.4);
        Arbitrary<LocalizedText> description = Arbitraries.oneOf(Arbitraries.just(LocalizedText.EMPTY), text());
        return Combinators.combine(generic(code, version, text(), description, optionalPlain, source, optionalPlain,
                Arbitraries.of(true, false), scales(), bands(), domains())).as(values -> new Framework(
                (String) values.get(0), (String) values.get(1), (LocalizedText) values.get(2),
                (LocalizedText) values.get(3), (String) values.get(4), (String) values.get(5), (String) values.get(6),
                (Boolean) values.get(7), (Scale) values.get(8), cast(values.get(9)), cast(values.get(10))));
    }

    static Arbitrary<String> plainText() {
        return Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1).ofMaxLength(30)
                .map(String::strip).filter(t -> !t.isEmpty());
    }

    static Arbitrary<LocalizedText> text() {
        return Combinators.combine(plainText(), plainText().injectNull(0.5), plainText().injectNull(0.7))
                .as((en, th, pt) -> {
                    Map<String, String> texts = new LinkedHashMap<>();
                    texts.put("en", en);
                    if (th != null) {
                        texts.put("th", th);
                    }
                    if (pt != null) {
                        texts.put("pt-BR", pt);
                    }
                    return new LocalizedText(texts);
                });
    }

    private static Arbitrary<Scale> scales() {
        Arbitrary<ScaleOption> option = Combinators.combine(Arbitraries.strings().withChars("abyz_").ofMinLength(1)
                        .ofMaxLength(8), Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.just(LocalizedText.EMPTY), text()))
                .as(ScaleOption::new);
        Arbitrary<Scale> inline = option.list().ofMinSize(1).ofMaxSize(5).uniqueElements(ScaleOption::code)
                .filter(options -> options.stream().noneMatch(o -> o.code().equals("na")))
                .map(options -> options.stream().map(o -> o.code().equals("dont_know")
                        ? new ScaleOption(o.code(), 0.0, o.label()) : o).toList())
                .filter(options -> options.stream().anyMatch(o -> !o.isDontKnow()))
                .map(options -> Scale.withStandardOptions("inline-scale", options));
        return Arbitraries.oneOf(Arbitraries.just(Scale.metPartial()), Arbitraries.just(Scale.frequency()), inline);
    }

    private static Arbitrary<List<Band>> bands() {
        return Arbitraries.doubles().between(0.5, 100).set().ofMaxSize(4).map(mins -> {
            List<Double> sorted = new ArrayList<>(mins);
            sorted.sort((a, b) -> Double.compare(b, a));
            sorted.add(0.0);
            List<Band> bands = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                bands.add(new Band("band-" + i, sorted.get(i)));
            }
            return bands;
        });
    }

    private static Arbitrary<List<Domain>> domains() {
        Arbitrary<String> prefix = Arbitraries.strings().withChars(CODE_CHARS).ofMinLength(1).ofMaxLength(8);
        Arbitrary<Double> weight = Arbitraries.doubles().between(0.01, 50).filter(w -> w > 0);
        Arbitrary<ActionTemplate> action = Combinators.combine(text(),
                Arbitraries.oneOf(Arbitraries.just(LocalizedText.EMPTY), text()),
                Arbitraries.integers().between(1, 10_000).injectNull(0.3)).as(ActionTemplate::new);
        Arbitrary<Item> item = Combinators.combine(generic(prefix, text(),
                Arbitraries.oneOf(Arbitraries.just(LocalizedText.EMPTY), text()), Arbitraries.of(true, false), weight,
                Arbitraries.of(true, false), Arbitraries.of(true, false), text().list().ofMaxSize(2),
                action.list().ofMaxSize(2), prefix.list().ofMaxSize(3).uniqueElements()))
                .as(v -> new Item((String) v.get(0), (LocalizedText) v.get(1), (LocalizedText) v.get(2),
                        (Boolean) v.get(3), (Double) v.get(4), (Boolean) v.get(5), (Boolean) v.get(6), cast(v.get(7)),
                        cast(v.get(8)), cast(v.get(9))));
        Arbitrary<Domain> domain = Combinators.combine(prefix, text(), weight, item.list().ofMinSize(1).ofMaxSize(4))
                .as(Domain::new);
        return domain.list().ofMinSize(1).ofMaxSize(3).map(FrameworkArbitraries::withUniqueCodes);
    }

    /** Appends a running number to every domain and item code, so codes are unique and at most 16 long. */
    private static List<Domain> withUniqueCodes(List<Domain> domains) {
        AtomicInteger next = new AtomicInteger();
        return domains.stream().map(d -> new Domain(d.code() + "-" + next.incrementAndGet(), d.title(), d.weight(),
                d.items().stream().map(i -> new Item(i.code() + "-" + next.incrementAndGet(), i.text(), i.guidance(),
                        i.critical(), i.weight(), i.evidenceRequired(), i.naAllowed(), i.evidenceExamples(),
                        i.actions(), i.replaces())).toList())).toList();
    }

    private static List<Arbitrary<Object>> generic(Arbitrary<?>... arbitraries) {
        return Arrays.stream(arbitraries).map(Arbitrary::asGeneric).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
