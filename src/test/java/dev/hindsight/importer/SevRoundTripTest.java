package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.incident.Responder;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for any record, rendering it as a SEV document and importing that document gives back every
 * field the SEV layout carries. 300 generated records.
 */
class SevRoundTripTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final Renderer RENDERER = new Renderer(Templates.builtIn(), CONVENTIONS);
    private static final DocumentImporter IMPORTER = new DocumentImporter(CONVENTIONS);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** What the SEV layout carries of a record. */
    record Carried(String id, String title, Object dateWritten, int severity, String discovery,
                   List<String> services, List<Responder> responders, String summary, List<List<Object>> timeline,
                   String narrative, List<List<Object>> nextSteps) {

        static Carried of(PostMortem r) {
            return new Carried(r.id(), r.title(), r.dateWritten(), r.severity().level(), r.detection().method(),
                    r.impact().services(),
                    r.responders().stream().map(p -> new Responder(p.name(), p.role(), null, null, null, p.link()))
                            .toList(),
                    r.analysis().summary(),
                    r.timeline().events().stream().map(e -> List.<Object>of(e.at(), e.zone(), e.text())).toList(),
                    r.analysis().narrative(),
                    r.actionItems().stream().map(a -> List.<Object>of(a.title(), a.status() == ActionStatus.DONE,
                            a.ticket())).toList());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRenderedSevDocumentImportsBackToTheSameFields(long seed) {
        PostMortem original = new RecordGenerator(seed, CONVENTIONS).record();
        String markdown = RENDERER.markdown(original, "sev", RenderOptions.defaults());

        Imported imported = IMPORTER.read(markdown, null);

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.SEV);
        assertThat(Carried.of(imported.record())).as(markdown).isEqualTo(Carried.of(original));
        assertThat(imported.record().extraSections()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("followThroughSeeds")
    void everyFollowThroughFactSurvivesASevDocument(long seed) {
        PostMortem original = FollowThroughRecords.overlay(new RecordGenerator(seed, CONVENTIONS).record(), seed,
                CONVENTIONS);
        String markdown = RENDERER.markdown(original, "sev", RenderOptions.defaults().withGuidance(seed % 2 == 0));

        PostMortem imported = FollowThroughRecords.assertSurvives(original, markdown, BuiltInTemplate.SEV, IMPORTER);

        assertThat(Carried.of(imported)).as(markdown).isEqualTo(Carried.of(original));
        assertThat(imported.extraSections()).isEmpty();
    }

    static LongStream followThroughSeeds() {
        return LongStream.rangeClosed(1, 100);
    }
}
