import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Proves a change to the importer reads every document as before: the old and the new build (each a whole jar, in a
 * class loader of its own) import the same corpus, and everything {@code DocumentImporter.read} returns (record,
 * notes, report with every line's use and span) is compared as JSON. The corpus: the bench's 30 files, every Markdown
 * or text file under the folders named, and for each document its cuts at every fifth line, its CRLF spelling, and
 * the whole read as each built-in layout. Prints one line, "import-same: N documents read, D differ", and the first
 * differences; exits 1 when any differ. Each build is a jar or a class path (folders and jars parted by ':').
 *
 *   javac -d side -cp new.jar tools/ab/ImportSameSide.java && javac -d . tools/ab/ImportSame.java
 *   java -cp . ImportSame old.jar new.jar side src/test/resources docs /work/shared/seeds
 */
public final class ImportSame {

    public static void main(String[] args) throws Exception {
        Object[] sides = new Object[2];
        Method[] read = new Method[2];
        for (int s = 0; s < 2; s++) {
            List<URL> path = new ArrayList<>();
            for (String p : (args[s] + ":" + args[2]).split(":")) {
                path.add(Path.of(p).toUri().toURL());
            }
            ClassLoader own = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> side = own.loadClass("ImportSameSide");
            sides[s] = side.getConstructor().newInstance();
            read[s] = side.getMethod("read", String.class, String.class);
        }
        @SuppressWarnings("unchecked")
        List<String> bench = (List<String>) sides[0].getClass().getMethod("benchDocuments").invoke(sides[0]);
        if (!bench.equals(sides[1].getClass().getMethod("benchDocuments").invoke(sides[1]))) {
            throw new IllegalStateException("the two builds render the bench's files differently");
        }
        @SuppressWarnings("unchecked")
        List<String> layouts = (List<String>) sides[0].getClass().getMethod("layouts").invoke(sides[0]);
        List<String> documents = new ArrayList<>(bench);
        for (int i = 3; i < args.length; i++) {
            documents.addAll(texts(Path.of(args[i])));
        }
        int compared = 0;
        int differ = 0;
        for (String document : documents) {
            List<String> asLayouts = new ArrayList<>();
            asLayouts.add(null);
            asLayouts.addAll(layouts);
            for (String layout : asLayouts) {
                differ += same(read, sides, document, layout) ? 0 : 1;
                compared++;
            }
            for (String variant : variants(document)) {
                differ += same(read, sides, variant, null) ? 0 : 1;
                compared++;
            }
        }
        System.out.printf("import-same: %d readings of %d documents compared, %d differ%n", compared,
                documents.size(), differ);
        System.exit(differ == 0 ? 0 : 1);
    }

    private static int shown;

    private static boolean same(Method[] read, Object[] sides, String document, String layout) throws Exception {
        String before = (String) read[0].invoke(sides[0], document, layout);
        String after = (String) read[1].invoke(sides[1], document, layout);
        if (before.equals(after)) {
            return true;
        }
        if (shown++ < 5) {
            System.out.println("--- differs (as " + layout + "), document starting: "
                    + document.substring(0, Math.min(80, document.length())).replace('\n', '|'));
            String[] b = before.split("\n", -1);
            String[] a = after.split("\n", -1);
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                String x = i < b.length ? b[i] : "<none>";
                String y = i < a.length ? a[i] : "<none>";
                if (!x.equals(y)) {
                    System.out.println("  line " + (i + 1) + "\n  before: " + x + "\n  after:  " + y);
                    break;
                }
            }
        }
        return false;
    }

    /** The document cut after every fifth line, and written with CRLF line ends. */
    private static List<String> variants(String document) {
        List<String> out = new ArrayList<>();
        int line = 0;
        for (int at = document.indexOf('\n'); at >= 0; at = document.indexOf('\n', at + 1)) {
            if (++line % 5 == 0) {
                out.add(document.substring(0, at + 1));
            }
        }
        out.add(document.replace("\n", "\r\n"));
        return out;
    }

    /** Every Markdown or text file under the folder: named .md, .markdown or .txt, or with no extension. */
    private static List<String> texts(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt") || !name.contains(".")) {
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
