package org.childsafe.platform;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses to start with an environment (profile) that ChildSafe does not know: a typo such as
 * {@code MICRONAUT_ENVIRONMENTS=prdo} would otherwise be silently ignored.
 */
@Context
public class EnvironmentCheck {

    /** Environments that ChildSafe or Micronaut give a meaning to. */
    public static final Set<String> KNOWN = Set.of(
            "dev", "development", "test", "prod", "production", "postgres", "loadtest", "demo",
            "cli", "function", "android", "cloud", "k8s", "kubernetes", "amazon-ec2", "google-compute",
            "azure", "oraclecloud", "heroku", "digitalocean", "ibm", "bare-metal");

    public EnvironmentCheck(Environment environment) {
        List<String> requested = new ArrayList<>();
        addAll(requested, System.getProperty(Environment.ENVIRONMENTS_PROPERTY));
        addAll(requested, System.getenv(Environment.ENVIRONMENTS_ENV));
        List<String> unknown = requested.stream().filter(name -> !KNOWN.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownEnvironmentException("unknown environment " + unknown
                    + " in MICRONAUT_ENVIRONMENTS / -Dmicronaut.environments. Known: dev, test, prod, postgres, loadtest, demo.");
        }
    }

    private static void addAll(List<String> target, String commaSeparated) {
        if (commaSeparated != null && !commaSeparated.isBlank()) {
            Arrays.stream(commaSeparated.split(","))
                    .map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty())
                    .forEach(target::add);
        }
    }
}
