package org.childsafe.kernel;

/**
 * One specific problem of a refused request.
 *
 * @param path    what it concerns: a JSON field ({@code comment}), a YAML path such as
 *                {@code domains[1].items[3].code}, or an item code
 * @param line    the line of an uploaded file, where known; else null
 * @param message what is wrong and what to do, for a person
 */
public record Detail(String path, Integer line, Text message) {

    public static Detail of(String path, String key, Object... args) {
        return new Detail(path, null, Text.of(key, args));
    }

    public static Detail of(String path, Text message) {
        return new Detail(path, null, message);
    }
}
