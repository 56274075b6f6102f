import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** One build's side of tools/import-ab: the demo incidents and the specimen rendered in the layouts, imported. */
public final class ImportSide {

    private final DocumentImporter importer;
    private final List<String> documents = new ArrayList<>();

    public ImportSide(String layouts) {
        Conventions conventions = Conventions.defaults();
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        importer = new DocumentImporter(conventions);
        for (String layout : layouts.split(",")) {
            for (PostMortem r : records) {
                documents.add(renderer.markdown(r, layout, RenderOptions.defaults()));
            }
        }
    }

    /** CPU microseconds per document over about the given CPU nanoseconds of this thread. */
    public double run(long cpuNanos) {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int read = 0;
        while (threads.getCurrentThreadCpuTime() - start < cpuNanos) {
            for (String d : documents) {
                importer.read(d, null);
            }
            read += documents.size();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1000.0 / read;
    }
}
