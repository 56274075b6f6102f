package dev.hindsight.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The outside programs the rendering tests check against: pandoc (a real Markdown renderer) and pdftotext.
 * The test command installs both (tools/test-prerequisites); if one is missing anyway, the test that needs it fails
 * saying which, never skips.
 */
final class Tools {
    private Tools() {
    }

    static String pandoc(String markdown) throws IOException, InterruptedException {
        return run(markdown.getBytes(StandardCharsets.UTF_8), "pandoc", "-f", "gfm", "-t", "html");
    }

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-", "-");
    }

    /** The seed file a built-in layout comes from, in ../shared/seeds beside the checkout. */
    static Path seed(BuiltInTemplate layout) throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("the seed templates are needed beside this checkout, in "
                    + seeds.toAbsolutePath().normalize());
        }
        String number = switch (layout) {
            case SEV -> "000";
            case POSTMORTEM -> "001";
            case GOOGLE_DOC -> "002";
            case FRONT_MATTER -> "003";
            case REVIEW -> "004";
        };
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + "_* in " + seeds));
        }
    }

    private static String run(byte[] input, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is needed by this test and is not installed (the test command "
                    + "installs it: see tools/test-prerequisites)", e);
        }
        try (var in = process.getOutputStream()) {
            in.write(input);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command[0] + " failed: " + new String(process.getErrorStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
