/**
 * The UI side of the shared kernel, used by every feature's views: who is signed in ({@link
 * org.childsafe.uikit.CurrentUser}), who may open a view ({@link org.childsafe.uikit.AllowedRoles}, {@link
 * org.childsafe.uikit.PublicView}), the person's language and the translations ({@link
 * org.childsafe.uikit.ChildSafeI18n}, {@link org.childsafe.uikit.Sentences}). Depends on no feature.
 */
package org.childsafe.uikit;
