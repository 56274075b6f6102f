package dev.hindsight.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void whenFullItDropsTheLeastRecentlyUsedFirst() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, v -> 1);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, "v" + i);
        }
        cache.get("k0");

        cache.put("k10", "v10");

        assertThat(cache.size()).isLessThanOrEqualTo(10);
        assertThat(cache.get("k0")).isEqualTo("v0");
        assertThat(cache.get("k10")).isEqualTo("v10");
        assertThat(cache.get("k1")).isNull();
    }

    @Test
    void itWeighsValuesAndKeepsNoneHeavierThanItsCapacity() {
        BoundedCache<String, byte[]> cache = new BoundedCache<>(100, v -> v.length);
        cache.put("small", new byte[40]);
        cache.put("big", new byte[101]);
        cache.put("medium", new byte[50]);
        cache.put("more", new byte[30]);

        assertThat(cache.get("big")).isNull();
        assertThat(cache.get("small")).isNull();
        assertThat(cache.get("medium")).hasSize(50);
        assertThat(cache.get("more")).hasSize(30);
    }

    @Test
    void manySmallValuesAndAFewLargeOnesAreBothBoundedByBytes() {
        long capacity = 1L << 20;
        BoundedCache<String, String> cache = new BoundedCache<>(capacity,
                v -> BoundedCache.ENTRY_BYTES + BoundedCache.bytes(v));
        for (int i = 0; i < 200_000; i++) { // what a count of 10,000 entries would let a prober fill
            cache.put("k" + i, "v" + i);
            assertThat(cache.weight()).isLessThanOrEqualTo(capacity);
        }
        String large = "x".repeat(100_000);
        for (int i = 0; i < 100; i++) {
            cache.put("large" + i, large + i);
            assertThat(cache.weight()).isLessThanOrEqualTo(capacity);
        }
        assertThat(cache.size()).isLessThan(10);
        assertThat(cache.get("large99")).endsWith("99");
    }

    @Test
    void mergeKeepsWhatTheChoiceKeeps() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10, v -> 1);
        cache.put("revision", 5);

        cache.merge("revision", 4, Math::max);
        assertThat(cache.get("revision")).isEqualTo(5);
        cache.merge("revision", 6, Math::max);
        assertThat(cache.get("revision")).isEqualTo(6);

        cache.removeIf(v -> v > 5);
        assertThat(cache.get("revision")).isNull();
    }
}
