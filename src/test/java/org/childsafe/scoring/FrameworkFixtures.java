package org.childsafe.scoring;

import java.util.List;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;

/** Small frameworks for tests, with the defaults of docs/framework-format.md. */
public final class FrameworkFixtures {

    private FrameworkFixtures() {
    }

    /** A non-critical item: weight 1, no evidence required, N/A allowed. */
    public static Item item(String code) {
        return item(code, false);
    }

    /** A critical item: weight 1, evidence required, N/A not allowed. */
    public static Item critical(String code) {
        return item(code, true);
    }

    public static Item item(String code, boolean critical) {
        return new Item(code, LocalizedText.of("Statement " + code, "ข้อ " + code), LocalizedText.EMPTY, critical, 1,
                critical, !critical, List.of(), List.of(), List.of(code));
    }

    public static Item weighted(Item i, double weight) {
        return new Item(i.code(), i.text(), i.guidance(), i.critical(), weight, i.evidenceRequired(), i.naAllowed(),
                i.evidenceExamples(), i.actions(), i.replaces());
    }

    public static Item evidenceRequired(Item i, boolean required) {
        return new Item(i.code(), i.text(), i.guidance(), i.critical(), i.weight(), required, i.naAllowed(),
                i.evidenceExamples(), i.actions(), i.replaces());
    }

    public static Item naAllowed(Item i, boolean allowed) {
        return new Item(i.code(), i.text(), i.guidance(), i.critical(), i.weight(), i.evidenceRequired(), allowed,
                i.evidenceExamples(), i.actions(), i.replaces());
    }

    public static Item text(Item i, LocalizedText text) {
        return new Item(i.code(), text, i.guidance(), i.critical(), i.weight(), i.evidenceRequired(), i.naAllowed(),
                i.evidenceExamples(), i.actions(), i.replaces());
    }

    public static Item withTemplates(Item i, ActionTemplate... templates) {
        return new Item(i.code(), i.text(), i.guidance(), i.critical(), i.weight(), i.evidenceRequired(), i.naAllowed(),
                i.evidenceExamples(), List.of(templates), i.replaces());
    }

    public static Domain domain(String code, Item... items) {
        return domain(code, 1, items);
    }

    public static Domain domain(String code, double weight, Item... items) {
        return new Domain(code, LocalizedText.of("Domain " + code), weight, List.of(items));
    }

    public static Framework framework(Domain... domains) {
        return new Framework("test", "1", LocalizedText.of("Test framework"), LocalizedText.EMPTY, null, null, null,
                false, Scale.metPartial(), Band.DEFAULTS, List.of(domains));
    }

    public static Framework withBands(Framework f, Band... bands) {
        return new Framework(f.code(), f.version(), f.title(), f.description(), f.publisher(), f.source(), f.licence(),
                f.indicative(), f.scale(), List.of(bands), f.domains());
    }

    public static Framework withScale(Framework f, Scale scale) {
        return new Framework(f.code(), f.version(), f.title(), f.description(), f.publisher(), f.source(), f.licence(),
                f.indicative(), scale, f.bands(), f.domains());
    }

    public static Framework indicative(Framework f) {
        return new Framework(f.code(), f.version(), f.title(), f.description(), f.publisher(), f.source(), f.licence(),
                true, f.scale(), f.bands(), f.domains());
    }
}
