/**
 * A starter mapping for a new document: {@link org.finfile.suggest.Suggest} reads the tables of a
 * document (as {@link org.finfile.tables.TabBlock}s, whatever the file format) and guesses what
 * a user would otherwise write by hand: each table's headings, header rows, scale and currency,
 * each row's concept (a base taxonomy concept found by its labels, or a new concept named after
 * the row), the totals the figures add up to, and the statement tree. Guesses a user must check
 * are marked in the written mapping with {@code <!-- check: ... -->} comments.
 */
package org.finfile.suggest;
