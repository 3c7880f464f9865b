package org.cgtatlas.feature.pipeline;

/**
 * A change done in this session that can be taken back (a delete, a revert to a past version): the record's name,
 * what the Undo button says, the row to select afterwards, and how to take it back (in the background).
 */
record UndoableChange(String name, String undoLabel, String restoredId, Runnable restore) {
}
