package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.childsafe.framework.domain.Framework;
import org.yaml.snakeyaml.Yaml;

/** Writing any valid framework and parsing it again gives the same framework. */
class FrameworkJsonPropertiesTest {

    @Property(tries = 300)
    void any_framework_written_as_yaml_parses_back_to_an_equal_framework(@ForAll("frameworks") Framework framework) {
        assertThat(Fixtures.valid(FrameworkJson.toYaml(framework))).isEqualTo(framework);
        assertThat(Fixtures.valid(new Yaml().dump(FrameworkJson.toMap(framework)))).isEqualTo(framework);
    }

    @Provide
    Arbitrary<Framework> frameworks() {
        return FrameworkArbitraries.frameworks();
    }
}
