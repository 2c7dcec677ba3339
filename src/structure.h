/*
 * structure.h — what the appendices print, checked against the model.
 *
 * A regulation describes each route four times: the body, Appendix 1 (a
 * table, one column per step of a structural unit), Appendix 2 (a block
 * diagram) and Appendix 3 (a swimlane handbook).  Where an appendix is kept
 * as text, the author transcribes it as printed (`appendix N "WHERE" {
 * part ROUTE { column ... | box ... } }`, docs/language.md §9) and says, by
 * labels, which steps of the route each column or box shows.  This module
 * compares the transcription with the model, step by step: a step the
 * appendix lacks or one it adds; steps out of order; two steps in one
 * column; the unit or lane that names another actor, or none; a hand-off
 * to another actor than the next step's; numbering out of sequence; stray
 * marks; wording that differs; a route an appendix has no part for; the
 * participants list of ¶7 against the actors that act.  A column's term
 * cell is a statement about its step (stated.h), so its duration is
 * checked like any quote (E0401-E0403) and a body that is silent where the
 * appendix states a duration is found (E0809).
 *
 * Contract: structure_attach runs before the statements are read (it adds
 * the term cells to their steps' statements), structure_check after; both
 * report through the session's sink, every finding placed at the appendix's
 * cell with a note at the step in the body; neither prints nor exits.
 */
#ifndef REGLC_STRUCTURE_H
#define REGLC_STRUCTURE_H

struct session;
struct m_reg;

void structure_attach(struct session *S, struct m_reg *reg);
void structure_check(struct session *S, struct m_reg *reg);

#endif
