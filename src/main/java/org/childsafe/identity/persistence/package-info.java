/** User rows, their organisation links, and the repository. */
package org.childsafe.identity.persistence;
