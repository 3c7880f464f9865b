package org.cgtatlas.ui.navigation;

import java.util.List;

/** Global-search results from what a {@link SearchSource} read; called on the compute pool, so it never touches the database. */
@FunctionalInterface
public interface SearchProvider {
    List<SearchHit> search(String query, int limit);
}
