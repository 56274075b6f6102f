import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Old code against new in one JVM: each build's classes in a class loader of its own over the same dependencies,
 * alternating one-CPU-second rounds of importing the same documents. A shared, loaded machine slows both alike,
 * so the ratio holds where wall-clock figures do not. Run by tools/import-ab.
 *
 * Arguments: before-classes after-classes side-classes dependency-classpath-file layouts rounds
 */
public final class ImportAb {

    public static void main(String[] args) throws Exception {
        List<URL> deps = new ArrayList<>();
        for (String p : Files.readString(Path.of(args[3])).strip().split(":")) {
            deps.add(Path.of(p).toUri().toURL());
        }
        ClassLoader shared = new URLClassLoader(deps.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Object[] sides = new Object[2];
        Method[] run = new Method[2];
        for (int s = 0; s < 2; s++) {
            ClassLoader own = new URLClassLoader(new URL[] {Path.of(args[s]).toUri().toURL(),
                    Path.of(args[2]).toUri().toURL()}, shared);
            Class<?> side = own.loadClass("ImportSide");
            sides[s] = side.getConstructor(String.class).newInstance(args[4]);
            run[s] = side.getMethod("run", long.class);
        }
        int rounds = Integer.parseInt(args[5]);
        for (int w = 0; w < 6; w++) {
            for (int s = 0; s < 2; s++) {
                run[s].invoke(sides[s], 2_000_000_000L);
            }
        }
        double[][] micros = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < 2; s++) {
                micros[s][r] = (Double) run[s].invoke(sides[s], 1_000_000_000L);
            }
        }
        Arrays.sort(micros[0]);
        Arrays.sort(micros[1]);
        double before = micros[0][rounds / 2];
        double after = micros[1][rounds / 2];
        System.out.printf("import-ab %s: %.0f µs per document (%.2fx vs %.0f µs before)%n", args[4], after,
                before / after, before);
    }
}
