/*
 * import_table.h — `reglc import-table`: Appendix 1 as the converted act
 * prints it, written as the stated-table block of the regulation.
 *
 * A transcriber's helper (docs/import-table.md).  The converted PDF prints
 * each table of Appendix 1 transposed and tab-separated: five lines, "1",
 * "2" ... "5" (the number, the structural unit, the action, the completion
 * form, the term), each "N<TAB>row header<TAB>cell<TAB>cell...", a column
 * of the act being the k-th cell of every line; a table per route, under
 * a heading that names the route.  import-table reads those lines (from
 * the text the regulation's `source` field names, or from another file),
 * copies every cell byte for byte and writes
 *
 *   appendix 1 "1-қосымша" {
 *     part ROUTE "heading" {
 *       column "N" LABELS "unit" "action" "completion" "term"
 *     }
 *   }
 *
 * in the layout `reglc fmt` gives it.  It proposes what only the model
 * knows: the route of each table (its heading against the routes' titles)
 * and the LABELS of each column (its unit against the actors, names.h, and
 * its action and completion against the route's Appendix 1 steps, in
 * order: model.h, route->cols).  Where it cannot decide it writes the
 * placeholder `TODO` and reports the cell (FILE:LINE:COL) on stderr; it
 * never guesses silently.
 *
 * Contract: reads the .regl through a session (session.h) and the table's
 * text with anchor_load; prints the block on stdout and the findings on
 * stderr, in the language of --messages.  Exit status: 0 every table and
 * column decided (warnings allowed), 1 a placeholder written or the .regl
 * has errors in structure, 2 bad usage or a table text that cannot be used
 * (unreadable, lines out of range, no table, a ragged or empty table).
 */
#ifndef REGLC_IMPORT_TABLE_H
#define REGLC_IMPORT_TABLE_H

int cmd_import_table(int argc, char **argv);

#endif
