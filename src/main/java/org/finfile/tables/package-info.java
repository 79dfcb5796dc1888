/**
 * Documents and the tables inside them: strict decoding, tables found in text, CSV, Excel
 * workbooks and HTML pages, cell text clean-up and strict number parsing.
 *
 * <p>{@link org.finfile.tables.Documents#read} reads a file by its extension into a
 * {@link org.finfile.tables.Document}: its {@link org.finfile.tables.TabBlock}s, each row saying
 * where it came from ({@link org.finfile.tables.Where}: {@code acme.csv:12},
 * {@code acme.xlsx:Income!B7}, {@code acme.html:table 2, row 7});
 * {@link org.finfile.tables.TextDocument#read} decodes a text file (UTF-8 unless a byte-order
 * mark or the caller says otherwise); {@link org.finfile.tables.Numbers#parse} reads a cell as an
 * exact number or says why not.
 */
package org.finfile.tables;
