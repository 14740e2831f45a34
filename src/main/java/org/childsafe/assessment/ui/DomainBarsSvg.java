package org.childsafe.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws one horizontal bar per domain as a small SVG document (server-side, no JavaScript): label
 * above, bar on a 0–100 track, value text at the right. Every text is escaped; the drawing is an
 * accessible image ({@code role="img"}, {@code <title>} and a {@code <desc>} listing every value);
 * colours come from the theme through CSS variables, so it follows Lumo and prints.
 */
public final class DomainBarsSvg {

    /** Width of the drawing in user units. */
    public static final int WIDTH = 480;
    /** Length of a full (100) bar. */
    public static final int TRACK = 400;
    static final int ROW = 46;
    static final int BAR_HEIGHT = 16;

    /**
     * One domain.
     *
     * @param label     the domain's name as shown
     * @param score     0–100, unrounded; null when the domain does not count (no bar)
     * @param valueText what to write beside the bar, e.g. "62.5%" or "not counted"
     */
    public record Bar(String label, Double score, String valueText) {
    }

    private DomainBarsSvg() {
    }

    /** The SVG markup for the bars, with the given accessible title. */
    public static String render(String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW + 4;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"cs-domain-bars\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        List<String> described = new ArrayList<>();
        for (Bar bar : bars) {
            described.add(bar.label() + ": " + bar.valueText());
        }
        svg.append("<desc>").append(escape(String.join("; ", described))).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW;
            int barY = top + 22;
            svg.append("<g class=\"cs-bar\">");
            svg.append("<text x=\"0\" y=\"").append(top + 15).append("\" style=\"fill: var(--lumo-body-text-color);")
                    .append(" font-size: 14px\">").append(escape(bar.label())).append("</text>");
            svg.append("<rect class=\"cs-bar-track\" x=\"0\" y=\"").append(barY).append("\" width=\"").append(TRACK)
                    .append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\" style=\"fill: var(--lumo-contrast-10pct)\"/>");
            if (bar.score() != null) {
                svg.append("<rect class=\"cs-bar-value\" x=\"0\" y=\"").append(barY).append("\" width=\"")
                        .append(number(width(bar.score()))).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\" rx=\"3\" style=\"fill: var(--cs-bar-color, var(--lumo-primary-color))\"/>");
            }
            svg.append("<text x=\"").append(TRACK + 8).append("\" y=\"").append(barY + 13)
                    .append("\" style=\"fill: var(--lumo-body-text-color); font-size: 14px; font-weight: 600\">")
                    .append(escape(bar.valueText())).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Bar length for a score, clamped to the track. */
    static double width(double score) {
        double clamped = Math.max(0, Math.min(100, score));
        return Math.round(clamped * TRACK / 100.0 * 100.0) / 100.0;
    }

    /** Escapes text for XML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
