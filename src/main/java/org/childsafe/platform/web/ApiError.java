package org.childsafe.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Refusal;

import java.util.List;
import java.util.Locale;

/** The JSON body of every API error: {@code {"error": "...", "details": [...]}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(String error, List<Detail> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }

    /** A refusal's sentences in the given language. */
    public static ApiError of(Refusal refusal, Locale locale) {
        return new ApiError(Messages.render(refusal.text(), locale), refusal.details().stream()
                .map(d -> new Detail(d.path(), d.line(), Messages.render(d.message(), locale))).toList());
    }

    /**
     * One specific problem.
     *
     * @param path    what it concerns: a JSON field, a YAML path such as {@code domains[1].items[3].code}, an item code
     * @param line    the line of an uploaded file, where known
     * @param message a plain sentence saying what is wrong and what to do
     */
    @Serdeable
    public record Detail(String path, Integer line, String message) {
        public static Detail of(String path, String message) {
            return new Detail(path, null, message);
        }
    }
}
