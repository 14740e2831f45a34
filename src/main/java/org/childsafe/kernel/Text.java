package org.childsafe.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for a person, not yet in their language: a message key of the bundles under
 * {@code i18n/} with its arguments, rendered by {@link Messages} in the reader's language (the UI
 * user's, or English for the API unless the client asks for Thai). Services say what is wrong with a
 * {@code Text}; they never choose the language.
 *
 * <p>{@link #plain} carries a sentence that already exists only in one language (a framework file's own
 * wording, say): it is shown as it is.
 *
 * @param key  the bundle key, or null for a plain sentence
 * @param args the arguments of the key's pattern ({@link java.text.MessageFormat}); for a plain sentence, the
 *             sentence itself
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
        if (key == null && args.size() != 1) {
            throw new IllegalArgumentException("a plain text has exactly one argument, the sentence");
        }
    }

    public static Text of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Text(key, Arrays.asList(args));
    }

    /** A sentence that is shown as it is, in whatever language it was written. */
    public static Text plain(String sentence) {
        return new Text(null, List.of(Objects.requireNonNull(sentence, "sentence")));
    }

    public boolean isPlain() {
        return key == null;
    }
}
