package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.childsafe.kernel.Messages;
import org.childsafe.framework.load.Mutations.Expect;
import org.childsafe.framework.load.Mutations.Mutation;

/** The parser survives any damage to a valid file and always explains a refusal, in English and in Thai. */
class FrameworkParserPropertiesTest {

    @Property(tries = 1000)
    void a_damaged_file_never_makes_the_parser_throw_and_every_refusal_is_explained(
            @ForAll("mutations") Mutation mutation) {
        ParseResult result = new FrameworkParser().parse(mutation.bytes());
        Statistics.collect(mutation.description().replaceAll("[:#].*", "").strip(), result.getClass().getSimpleName());

        assertThat(result).isNotNull();
        if (result instanceof ParseResult.Invalid invalid) {
            assertThat(invalid.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.text().isPlain()).as("a message key, not a plain sentence: %s", problem).isFalse();
                assertThat(Messages.render(problem.text(), Messages.THAI)).as("in Thai: %s", problem)
                        .doesNotContain("!framework.problem").matches("(?s).*[\\u0E00-\\u0E7F].*");
                assertThat(problem.path()).isNotNull();
                assertThat(problem.line()).satisfiesAnyOf(line -> assertThat(line).isNull(),
                        line -> assertThat(line).isPositive());
            });
        }
        if (mutation.expect() == Expect.INVALID) {
            assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        }
        if (mutation.expect() == Expect.VALID) {
            assertThat(result).isInstanceOf(ParseResult.Valid.class);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Mutations.any();
    }
}
