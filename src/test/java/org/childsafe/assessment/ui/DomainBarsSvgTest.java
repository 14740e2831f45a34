package org.childsafe.assessment.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DomainBarsSvgTest {

    private static final Pattern VALUE_WIDTH = Pattern.compile("class=\"cs-bar-value\"[^>]* width=\"([0-9.]+)\"");

    @Test
    void every_label_and_the_title_are_escaped() {
        String svg = DomainBarsSvg.render("Scores <per> \"domain\" & more",
                List.of(new DomainBarsSvg.Bar("<script>alert('x')</script> & Co", 50.0, "50.0% <b>")));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("'x'");
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(svg).contains("<title>Scores &lt;per&gt; &quot;domain&quot; &amp; more</title>");
        assertThat(svg).contains("50.0% &lt;b&gt;");
    }

    @Test
    void it_is_an_accessible_image_coloured_by_theme_variables() {
        String svg = DomainBarsSvg.render("Score per domain", List.of(new DomainBarsSvg.Bar("Policy", 40.0, "40%")));
        assertThat(svg).startsWith("<svg ").contains("role=\"img\"").contains("<title>Score per domain</title>")
                .contains("<desc>Policy: 40%</desc>").contains("var(--lumo-primary-color)").endsWith("</svg>");
    }

    @Test
    void one_bar_per_domain_and_none_for_a_domain_that_does_not_count() {
        String svg = DomainBarsSvg.render("t", List.of(new DomainBarsSvg.Bar("P", 10.0, "10%"),
                new DomainBarsSvg.Bar("E", 25.0, "25%"), new DomainBarsSvg.Bar("R", null, "not counted"),
                new DomainBarsSvg.Bar("A", 0.0, "0%")));
        assertThat(count(svg, "<g class=\"cs-bar\">")).isEqualTo(4);
        assertThat(count(svg, "class=\"cs-bar-track\"")).isEqualTo(4);
        assertThat(count(svg, "class=\"cs-bar-value\"")).isEqualTo(3);
        assertThat(svg).contains(">not counted</text>");
    }

    @Test
    void bar_widths_are_proportional_to_the_scores() {
        String svg = DomainBarsSvg.render("t", List.of(new DomainBarsSvg.Bar("P", 10.0, "10%"),
                new DomainBarsSvg.Bar("E", 25.0, "25%"), new DomainBarsSvg.Bar("R", 100.0, "100%"),
                new DomainBarsSvg.Bar("A", 62.5, "62.5%")));
        List<Double> widths = widths(svg);
        assertThat(widths).hasSize(4);
        assertThat(widths.get(2)).isEqualTo(DomainBarsSvg.TRACK);
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(widths.get(3) / widths.get(2)).isCloseTo(0.625, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void scores_outside_zero_to_hundred_are_clamped_to_the_track() {
        assertThat(DomainBarsSvg.width(-5)).isZero();
        assertThat(DomainBarsSvg.width(130)).isEqualTo(DomainBarsSvg.TRACK);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Double> widths(String svg) {
        Matcher m = VALUE_WIDTH.matcher(svg);
        List<Double> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }
}
