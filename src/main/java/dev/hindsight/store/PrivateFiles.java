package dev.hindsight.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite store readable by its owner only: every incident, restricted ones too, is in that file, and
 * the process umask (often 022) would let every local user read it. The directory is made {@code rwx------}
 * and the database file is made {@code rw-------} before SQLite opens it; SQLite gives its write-ahead log and
 * shared-memory files the mode of the database file. Stores made before this are tightened when opened.
 * On a file system without POSIX permissions (Windows) nothing is changed.
 */
final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The database and the files SQLite keeps beside it. */
    private static final String[] SUFFIXES = {"", "-wal", "-shm", "-journal"};

    private PrivateFiles() {
    }

    /** Makes the directory and the database file private, creating them if needed; returns the file. */
    static Path prepare(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve("hindsight.db");
        try {
            if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir);
                return file;
            }
            if (!Files.isDirectory(dir)) {
                if (dir.getParent() != null) {
                    Files.createDirectories(dir.getParent()); // the folders above keep the usual mode
                }
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            tighten(dir, DIRECTORY);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException e) {
                // an existing store: tightened below
            }
            for (String suffix : SUFFIXES) {
                Path f = dir.resolve("hindsight.db" + suffix);
                if (Files.exists(f)) {
                    tighten(f, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Sets the mode when it differs (createFile's mode is cut by the umask; an older store had 0644). */
    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            LOG.info("{} was {}; made it {} so that only its owner can read it", path,
                    PosixFilePermissions.toString(now), PosixFilePermissions.toString(wanted));
        }
    }
}
