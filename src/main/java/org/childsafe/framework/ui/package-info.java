/**
 * The framework library in the UI: the list of versions, one version with its domains and items, the
 * import of a file (administrators) and the comparison of two versions. Views call
 * {@link org.childsafe.framework.service.FrameworkLibrary}; components raise events and know no services.
 */
package org.childsafe.framework.ui;
