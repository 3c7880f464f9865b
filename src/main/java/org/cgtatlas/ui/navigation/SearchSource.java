package org.cgtatlas.ui.navigation;

/** Reads what the global search looks through; called on the database thread, again after every data change. */
@FunctionalInterface
public interface SearchSource {
    SearchProvider read();
}
