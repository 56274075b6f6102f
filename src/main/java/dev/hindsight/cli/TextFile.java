package dev.hindsight.cli;

import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file a command was given (a record's JSON, a template, settings), read as UTF-8: one that is missing, a
 * folder, or not UTF-8 (a .docx, a Latin-1 export given by mistake) is refused naming the option, where reading it
 * failed with "the command failed unexpectedly". Stateless.
 */
final class TextFile {

    private TextFile() {
    }

    static String read(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw InvalidInput.of(option, file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw InvalidInput.of(option, file + " does not exist");
        }
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw InvalidInput.of(option, file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
