package org.cgtatlas.ui.navigation;

import java.util.List;

/** A source of global-search results; called on the background thread, so it may query the database. */
@FunctionalInterface
public interface SearchProvider {
    List<SearchHit> search(String query, int limit);
}
