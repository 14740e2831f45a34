/** Sign-in page, the navigation guard, access denied, and (for administrators) the users view. */
package org.childsafe.identity.ui;
