package org.childsafe.framework.domain;

import java.util.List;

/** A group of items (a standard or principle), scored as one domain score. Weight defaults to 1. */
public record Domain(String code, LocalizedText title, double weight, List<Item> items) {
    public Domain {
        items = List.copyOf(items);
    }
}
