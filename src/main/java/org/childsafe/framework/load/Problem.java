package org.childsafe.framework.load;

import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Text;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a framework file is refused.
 *
 * @param path where in the file, e.g. {@code domains[1].items[3].code} (0-based indices); empty for the
 *             file as a whole
 * @param line 1-based line in the file where the parser gives one, else null
 * @param text what is wrong, as a message key of the bundle {@code i18n/framework_problems} with its
 *             arguments, so that it reads in the reader's language; e.g. {@code duplicate item code "E2"}
 */
public record Problem(String path, @Nullable Integer line, Text text) {

    /** A problem told in one plain sentence, shown as it is in every language. */
    public Problem(String path, @Nullable Integer line, String message) {
        this(path, line, Text.plain(message));
    }

    /** What is wrong, in English. */
    public String message() {
        return Messages.english(text);
    }

    /** For people reading English (logs, start-up failures): {@code line 12, domains[1].items[3].code: duplicate item code "E2"}. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (line != null) {
            where.append("line ").append(line);
        }
        if (!path.isEmpty()) {
            where.append(where.isEmpty() ? "" : ", ").append(path);
        }
        return where.isEmpty() ? message() : where + ": " + message();
    }
}
