/**
 * Reading, writing and comparing framework files (docs/framework-format.md). Plain Java over SnakeYAML's
 * node API, with no Micronaut, Vaadin or JDBC imports, so everything here runs in plain JUnit.
 *
 * <ul>
 *   <li>{@link org.childsafe.framework.load.FrameworkParser}: the bytes of one YAML file to a
 *       {@link org.childsafe.framework.domain.Framework} with every default filled in, or every
 *       {@link org.childsafe.framework.load.Problem} in it (path, line, and a message key of
 *       {@code i18n/framework_problems} that reads in English and Thai).</li>
 *   <li>{@link org.childsafe.framework.load.FrameworkJson}: the canonical form of a framework as ordered
 *       maps and lists, in the shape of the file, for the REST API and for export.</li>
 *   <li>{@link org.childsafe.framework.load.FrameworkDiff}: what changed between two versions of a
 *       framework, item by item.</li>
 * </ul>
 *
 * <p>Choices the format makes (all described in docs/framework-format.md): texts are stripped of
 * surrounding white space; an empty value ({@code key:} with nothing after it) is refused rather than
 * read as absent; codes of scale options and
 * bands and inline scale ids match {@code [A-Za-z0-9_.-]{1,32}}; an inline scale may carry a built-in id
 * only with exactly that scale's options (the canonical form writes built-in scales that way); a listed
 * {@code dont_know} may leave its value out (it is 0); YAML merge keys ({@code <<}) and
 * explicit tags other than the standard scalar, list and mapping tags are refused; files are at most
 * 2 MiB of UTF-8 (a leading byte order mark is allowed).
 */
@NullMarked
package org.childsafe.framework.load;

import org.jspecify.annotations.NullMarked;
