/** The framework library: import, validation, immutable versions, cached reads; shipped frameworks at start-up. */
package org.childsafe.framework.service;
