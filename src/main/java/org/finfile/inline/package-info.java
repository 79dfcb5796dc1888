/**
 * Inline XBRL 1.1: reading a page, or an inline document set, back into the XBRL instance it
 * carries ({@link org.finfile.inline.InlineXbrl}), facts, footnotes and language included, with
 * the transformations real filings use (Transformation Registries 3, 4, 5 and the SEC's), and
 * refusing a page that breaks an inline rule with the rule's code
 * ({@link org.finfile.inline.InlineException}). Pages are written by the {@code ixbrl} rendering
 * ({@link org.finfile.render.Renderer}) and checked against finfile's compact XHTML 1.1 and
 * Inline XBRL 1.1 schemas ({@code schemas/inline-xbrl-1.1/}).
 */
package org.finfile.inline;
