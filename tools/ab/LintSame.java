import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two builds find the same on a broad corpus, finding for finding (rule, level, field, span, excerpt, why,
 * suggestion, replacement, and where it is in the file): the proof that work meant only to make lint faster changed
 * no finding. Each build's jar in a class loader of its own runs {@link LintSameSide}; their lines are compared one
 * by one and the first differences printed. Exits 1 when any line differs.
 *
 * Arguments: before.jar after.jar side-classes checkout, the side being LintSameSide compiled against either jar:
 * {@code javac -d same -cp after.jar tools/ab/LintSameSide.java && javac -d . tools/ab/LintSame.java &&
 * java -cp . LintSame before.jar after.jar same .}
 */
public final class LintSame {
    public static void main(String[] args) throws Exception {
        @SuppressWarnings("unchecked")
        List<String>[] lines = new List[2];
        for (int s = 0; s < 2; s++) {
            List<URL> path = new ArrayList<>(); // a side may be a class path: "classes:before.jar"
            for (String part : (args[s] + ":" + args[2]).split(":")) {
                path.add(Path.of(part).toUri().toURL());
            }
            ClassLoader own = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(own);
            Class<?> side = own.loadClass("LintSameSide");
            Method run = side.getMethod("lines", String.class);
            lines[s] = (List<String>) run.invoke(side.getConstructor().newInstance(), args[3]);
        }
        int differ = 0;
        int findings = 0;
        for (int i = 0; i < Math.max(lines[0].size(), lines[1].size()); i++) {
            String before = i < lines[0].size() ? lines[0].get(i) : "(none)";
            String after = i < lines[1].size() ? lines[1].get(i) : "(none)";
            findings += before.split("\"rule\"", -1).length - 1;
            if (!before.equals(after)) {
                if (differ++ < 10) {
                    System.out.printf("differs:%n  before %s%n  after  %s%n", before, after);
                }
            }
        }
        System.out.printf("%d lines before, %d after (%d bench files, %d records, %d documents, %d sentences); "
                        + "%d findings before; %d lines differ%n", lines[0].size(), lines[1].size(),
                count(lines[0], "bench "), count(lines[0], "record "), count(lines[0], "document "),
                count(lines[0], "sentence "), findings, differ);
        System.exit(differ == 0 && lines[0].size() == lines[1].size() ? 0 : 1);
    }

    private static long count(List<String> lines, String kind) {
        return lines.stream().filter(l -> l.startsWith(kind)).count();
    }
}
