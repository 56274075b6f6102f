package dev.hindsight.bench;

import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU time PostgreSQL's backends spend on a bench's searches, read from {@code /proc/PID/schedstat} (nanoseconds
 * on a CPU) when the server runs on this machine. On a shared 2-core machine a search's wall time moves by half from
 * one run to the next with what else runs; the work the server did for it moves far less, so two builds compare by
 * it when the machine is busy. The bench's client thread measures its own CPU; this adds the server's, which on
 * PostgreSQL is most of a search (and includes a count run beside the page on a second connection).
 * <p>
 * The backends counted are those of the bench's user on the bench's database ({@code pg_stat_activity}), looked up
 * again by {@link #refresh} between measurements, as the pool may open a connection at any time. Another client of
 * the same database at the same time would be counted too: bench databases have none. A server in a container has
 * process ids of its own namespace, which this machine's /proc does not show as its backends (the check that the id
 * is a postgres process guards against most such mix-ups). Not thread-safe.
 */
final class ServerCpu {

    private static final Path PROC = Path.of("/proc");

    private final Database db;
    private List<Path> backends;

    private ServerCpu(Database db, List<Path> backends) {
        this.db = db;
        this.backends = backends;
    }

    /**
     * The server's CPU for {@code db}, or null when it cannot be read: SQLite (whose work is the calling thread's
     * own), a server on another machine or in another process namespace, or a system without schedstat.
     */
    static ServerCpu of(Database db) {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return null;
        }
        Integer own = db.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
        Path stat = PROC.resolve(String.valueOf(own)).resolve("schedstat");
        if (!Files.isReadable(stat) || !isPostgres(own) || read(stat) < 0) {
            return null;
        }
        ServerCpu cpu = new ServerCpu(db, List.of());
        cpu.refresh();
        return cpu;
    }

    /** Looks up the backends again; call it outside what is timed (it runs a statement). */
    void refresh() {
        backends = db.jdbi().withHandle(h -> h.createQuery("SELECT pid FROM pg_stat_activity WHERE datname ="
                        + " current_database() AND usename = current_user AND backend_type = 'client backend'")
                .mapTo(Integer.class).list()).stream()
                .map(pid -> PROC.resolve(String.valueOf(pid)).resolve("schedstat")).toList();
    }

    /** Each backend's nanoseconds on a CPU so far, -1 for one gone since {@link #refresh}; for {@link #since}. */
    long[] readings() {
        long[] out = new long[backends.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = read(backends.get(i));
        }
        return out;
    }

    /**
     * Nanoseconds the backends spent since {@code before} (taken by {@link #readings} with the same backends): a
     * backend that ended meanwhile (the pool retiring a connection) is left out, not counted as having run backwards.
     */
    long since(long[] before) {
        long[] now = readings();
        long total = 0;
        for (int i = 0; i < now.length; i++) {
            if (before[i] >= 0 && now[i] >= before[i]) {
                total += now[i] - before[i];
            }
        }
        return total;
    }

    /** The first field of a schedstat file (time spent on a CPU, ns), or -1 when there is none to read. */
    static long read(Path schedstat) {
        try {
            return parse(Files.readString(schedstat));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long parse(String schedstat) {
        String text = schedstat.strip();
        int end = text.indexOf(' ');
        return Long.parseLong(end < 0 ? text : text.substring(0, end));
    }

    private static boolean isPostgres(int pid) {
        try {
            return Files.readString(PROC.resolve(String.valueOf(pid)).resolve("cmdline")).startsWith("postgres");
        } catch (IOException e) {
            return false;
        }
    }
}
