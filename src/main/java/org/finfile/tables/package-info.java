/**
 * Documents and the tables inside them: strict decoding, tab-separated blocks with the heading
 * lines above them, cell text clean-up and strict number parsing.
 *
 * <p>{@link org.finfile.tables.TextDocument#read} decodes a file (strict UTF-8, BOM removed);
 * {@link org.finfile.tables.TextDocument#blocks()} finds its tables;
 * {@link org.finfile.tables.Numbers#parse} reads a cell as an exact number or says why not.
 */
package org.finfile.tables;
