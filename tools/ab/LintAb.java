import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Markdown lint, old build against new in one JVM: each build's jar (target/hindsight.jar, dependencies inside) in
 * a class loader of its own, alternating turns of 2 s of the thread's CPU on the bench's 30 files, after 8 turns each
 * to let the JIT finish. A shared, loaded machine slows both sides alike, so the ratio of each pair of turns holds
 * where the bench's own figures move by a third between runs (session 15, docs/benchmarks.md).
 *
 * Arguments: before.jar after.jar side-classes rounds, the side being LintSide compiled against either jar (a side
 * may be a class path, "classes:before.jar", to try classes compiled with javac; with -Dlint.ab.records=true both
 * sides check the stored records instead of reading Markdown files; with -Dlint.ab.folder=DIR, the Markdown files of
 * that folder):
 * {@code javac -d side -cp after.jar tools/ab/LintSide.java && javac -d . tools/ab/LintAb.java &&
 * java -XX:ActiveProcessorCount=1 -cp . LintAb before.jar after.jar side 12}
 * An optional fifth argument sets a turn's CPU in milliseconds (2000): on a loaded machine more, shorter turns give
 * more pairs taken close together, with the warm-up kept at 16 s of CPU a side.
 */
public final class LintAb {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[3]);
        long turn = (args.length > 4 ? Long.parseLong(args[4]) : 2000) * 1_000_000L;
        Object[] sides = new Object[2];
        Method[] run = new Method[2];
        for (int s = 0; s < 2; s++) {
            // A side may be a class path ("classes:old.jar"), so classes compiled by javac can be tried on a jar.
            List<URL> path = new ArrayList<>();
            for (String part : (args[s] + ":" + args[2]).split(":")) {
                path.add(Path.of(part).toUri().toURL());
            }
            ClassLoader own = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> side = own.loadClass("LintSide");
            sides[s] = side.getConstructor().newInstance();
            run[s] = side.getMethod("run", long.class);
        }
        for (int w = 0; w < 16_000_000_000L / turn; w++) {
            for (int s = 0; s < 2; s++) {
                run[s].invoke(sides[s], turn);
            }
        }
        double[][] rate = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < 2; s++) {
                rate[s][r] = (Double) run[s].invoke(sides[s], turn);
            }
            ratio[r] = rate[1][r] / rate[0][r];
            System.out.printf("round %d: before %.0f, after %.0f per CPU second, ratio %.3f, load %s%n", r,
                    rate[0][r], rate[1][r], ratio[r], java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        }
        Arrays.sort(rate[0]);
        Arrays.sort(rate[1]);
        Arrays.sort(ratio);
        System.out.printf("median: before %.0f, after %.0f per CPU second; ratio %.3f (%.3f to %.3f)%n",
                rate[0][rounds / 2], rate[1][rounds / 2], ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
}
