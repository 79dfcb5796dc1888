/**
 * Inline XBRL 1.1: reading a page (or a document set) back into the XBRL instance it carries.
 * Pages are written by the {@code ixbrl} rendering ({@link org.finfile.render.Renderer}).
 */
package org.finfile.inline;
