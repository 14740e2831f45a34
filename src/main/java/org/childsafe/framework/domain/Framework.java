package org.childsafe.framework.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One immutable version of one checklist framework, exactly as described by a framework file
 * (docs/framework-format.md), with every default filled in.
 *
 * @param code        stable framework code, e.g. {@code cso-core}
 * @param version     version label, e.g. {@code 2026.1}; (code, version) is unique
 * @param title       required, English at least
 * @param description optional ({@link LocalizedText#EMPTY} when absent)
 * @param publisher   optional, may be null
 * @param source      optional URL, may be null
 * @param licence     optional, may be null
 * @param indicative  results are labelled "indicative"
 * @param scale       the answer scale, always including {@code dont_know} and {@code na}
 * @param bands       highest {@code min} first; the last has min 0
 * @param domains     in display and scoring order
 */
public record Framework(
        String code,
        String version,
        LocalizedText title,
        LocalizedText description,
        String publisher,
        String source,
        String licence,
        boolean indicative,
        Scale scale,
        List<Band> bands,
        List<Domain> domains) {

    public Framework {
        bands = List.copyOf(bands);
        domains = List.copyOf(domains);
    }

    public Stream<Item> items() {
        return domains.stream().flatMap(d -> d.items().stream());
    }

    public Optional<Item> item(String itemCode) {
        return items().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    public Optional<Domain> domainOf(String itemCode) {
        return domains.stream().filter(d -> d.items().stream().anyMatch(i -> i.code().equals(itemCode))).findFirst();
    }

    public int itemCount() {
        return domains.stream().mapToInt(d -> d.items().size()).sum();
    }
}
