package dev.hindsight.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A map that holds at most {@code capacity} bytes of values, weighed by a function of each value (its size on
 * the heap, with {@link #ENTRY_BYTES} for the entry itself), and drops the least recently used when it holds
 * more. Every cache in Hindsight is bounded this way, by bytes rather than by count: a count says nothing
 * about memory when one value can be a kilobyte or a megabyte. It decides nothing about
 * freshness: callers keep values that cannot go stale (a revision is immutable) or stamp them and recheck.
 * Reads take no lock, so a busy server's threads do not queue on it. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value; never null
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, Node<V>> map = new ConcurrentHashMap<>();
    private final long capacity;
    private final ToLongFunction<V> weigher;
    private final AtomicLong weight = new AtomicLong();
    /** Moves on at every write; a read stamps its entry with it, so eviction can tell old from recent. */
    private final AtomicLong ticks = new AtomicLong();

    private static final class Node<V> {
        final V value;
        final long weight;
        volatile long used;

        Node(V value, long weight, long used) {
            this.value = value;
            this.weight = weight;
            this.used = used;
        }
    }

    /**
     * @param capacity the most the values may weigh together; one value heavier than this is not kept
     * @param weigher  a value's weight, at least 0
     */
    public BoundedCache(long capacity, ToLongFunction<V> weigher) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.weigher = Objects.requireNonNull(weigher, "weigher is null");
    }

    /**
     * What one entry costs beside its value: the map's node, our node and the key's object header. Weighers
     * add it, so that many small values are bounded as well as a few large ones.
     */
    public static final long ENTRY_BYTES = 96;

    /** A string's cost on the heap, at most: a header and two bytes a character (JDK strings use one or two). */
    public static long bytes(String text) {
        return text == null ? 0 : 40 + 2L * text.length();
    }

    /** How much the values weigh together now: never much more than the capacity. */
    public long weight() {
        return weight.get();
    }

    /** The value, or null. */
    public V get(K key) {
        Node<V> node = map.get(key);
        if (node == null) {
            return null;
        }
        long now = ticks.get();
        if (node.used != now) { // a hot entry is not written on every read
            node.used = now;
        }
        return node.value;
    }

    /** Keeps the value, replacing any other. */
    public void put(K key, V value) {
        merge(key, value, (old, young) -> young);
    }

    /**
     * Keeps {@code value}, or what {@code choose} makes of the value already held and this one (say, the higher
     * revision of the two, so a slow reader cannot put back what a writer has replaced).
     */
    public void merge(K key, V value, BinaryOperator<V> choose) {
        Objects.requireNonNull(value, "value is null");
        long tick = ticks.incrementAndGet();
        long added = weigher.applyAsLong(value);
        if (added > capacity) {
            return;
        }
        long[] change = new long[1];
        map.compute(key, (k, old) -> {
            V chosen = old == null ? value : choose.apply(old.value, value);
            if (old != null && chosen == old.value) {
                old.used = tick;
                change[0] = 0;
                return old;
            }
            long w = chosen == value ? added : weigher.applyAsLong(chosen);
            change[0] = w - (old == null ? 0 : old.weight);
            return new Node<>(chosen, w, tick);
        });
        if (weight.addAndGet(change[0]) > capacity) {
            evict();
        }
    }

    /** Drops every value the predicate accepts. */
    public void removeIf(Predicate<V> drop) {
        map.forEach((key, node) -> {
            if (drop.test(node.value) && map.remove(key, node)) {
                weight.addAndGet(-node.weight);
            }
        });
    }

    public void remove(K key) {
        Node<V> node = map.remove(key);
        if (node != null) {
            weight.addAndGet(-node.weight);
        }
    }

    public void clear() {
        removeIf(v -> true);
    }

    /** How many values it holds. */
    public int size() {
        return map.size();
    }

    /** Drops the least recently used until the rest weigh at most nine tenths of the capacity. */
    private synchronized void evict() {
        if (weight.get() <= capacity) {
            return; // another thread evicted first
        }
        // Stamps move while readers read: sort on a copy taken once, or the order would contradict itself.
        record Seen<K, V>(K key, Node<V> node, long used) {
        }
        List<Seen<K, V>> seen = new ArrayList<>(map.size());
        map.forEach((key, node) -> seen.add(new Seen<>(key, node, node.used)));
        seen.sort((a, b) -> Long.compare(a.used(), b.used()));
        long target = capacity - capacity / 10;
        for (Seen<K, V> s : seen) {
            if (weight.get() <= target) {
                break;
            }
            if (map.remove(s.key(), s.node())) {
                weight.addAndGet(-s.node().weight);
            }
        }
    }
}
