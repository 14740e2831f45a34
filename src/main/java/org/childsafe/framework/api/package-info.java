/** REST endpoints of the framework library: list, import, read one version, compare two versions. */
package org.childsafe.framework.api;
