package org.childsafe.platform;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

/**
 * Starts Micronaut and, when start-up fails, prints one line that says what to fix
 * ({@link StartupFailure}) instead of a long stack trace, then exits with status 1.
 */
public final class Launcher extends Micronaut {

    private Launcher() {
    }

    public static void launch(Class<?> mainClass, String... args) {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        Launcher launcher = new Launcher();
        launcher.mainClass(mainClass).args(args).banner(false);
        launcher.start();
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        String url = environment == null ? null
                : environment.getProperty("datasources.default.url", String.class).orElse(null);
        System.err.println("ChildSafe did not start: " + StartupFailure.explain(exception, url));
        if (Boolean.getBoolean("childsafe.startup.trace")) {
            exception.printStackTrace();
        } else {
            System.err.println("(Run with -Dchildsafe.startup.trace=true to see the full stack trace.)");
        }
        System.exit(1);
    }
}
