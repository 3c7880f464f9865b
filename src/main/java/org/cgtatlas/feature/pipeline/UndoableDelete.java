package org.cgtatlas.feature.pipeline;

/** A delete done in this session that can be taken back: what it removed, and how to put it back (in the background). */
record UndoableDelete(String label, String restoredId, Runnable restore) {
}
