package org.cgtatlas.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LandscapeCacheTest {

    private final AtomicLong revision = new AtomicLong();
    private final LandscapeCache cache = new LandscapeCache(() -> Landscape.of(Landscape.EMPTY.dataset()), revision::get);

    @Test
    void everyReaderOfOneRevisionGetsTheSameSnapshotFromOneLoad() {
        Landscape first = cache.current();
        for (int screen = 0; screen < 6; screen++) {
            assertThat(cache.current()).isSameAs(first);
        }
        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void aNewRevisionIsReadOnceAndReplacesTheOldSnapshot() {
        Landscape before = cache.current();
        revision.incrementAndGet();
        Landscape after = cache.current();
        cache.current();
        assertThat(after).isNotSameAs(before);
        assertThat(cache.loads()).isEqualTo(2);
    }
}
