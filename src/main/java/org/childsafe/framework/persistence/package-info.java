/** Stored framework versions (the imported file text); insert and read only. */
package org.childsafe.framework.persistence;
