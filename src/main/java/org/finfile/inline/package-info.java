/**
 * Inline XBRL 1.1: reading a page back into the XBRL instance it carries ({@link
 * org.finfile.inline.InlineXbrl}), facts, footnotes and language included. Pages are written by
 * the {@code ixbrl} rendering ({@link org.finfile.render.Renderer}) and checked in the tests
 * against finfile's compact XHTML 1.1 and Inline XBRL 1.1 schemas
 * ({@code schemas/inline-xbrl-1.1/}).
 */
package org.finfile.inline;
