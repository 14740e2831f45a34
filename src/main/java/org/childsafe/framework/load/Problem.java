package org.childsafe.framework.load;

import org.jspecify.annotations.Nullable;

/**
 * One reason why a framework file is refused.
 *
 * @param path    where in the file, e.g. {@code domains[1].items[3].code} (0-based indices); empty for the
 *                file as a whole
 * @param line    1-based line in the file where the parser gives one, else null
 * @param message plain English, e.g. {@code duplicate item code "E2"}
 */
public record Problem(String path, @Nullable Integer line, String message) {

    /** For people: {@code line 12, domains[1].items[3].code: duplicate item code "E2"}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (line != null) {
            text.append("line ").append(line);
        }
        if (!path.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append(path);
        }
        return text.isEmpty() ? message : text + ": " + message;
    }
}
