package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lists a lessons section groups under labels naming what went well, what went wrong and where we got lucky. */
class LessonGroupsTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    @Test
    void aListUnderAWentWellLabelInTheLessonsIsWhatWentWellNotLessons() {
        PostMortem record = read("""
                # Backup bucket filled up - 4 May 2025

                ## Lessons learned

                **What went well**

                - The restore drill caught the empty dumps.

                **What went wrong:**

                - The size alert went to a mailbox nobody reads.

                **Where we got lucky**

                - No restore was needed that month.

                Nobody did anything careless here: each step made sense where it was taken.
                """);

        assertThat(record.analysis().wentWell()).extracting(Analysis.Finding::title)
                .containsExactly("The restore drill caught the empty dumps.");
        assertThat(record.analysis().wentWrong()).extracting(Analysis.Finding::title)
                .containsExactly("The size alert went to a mailbox nobody reads.");
        assertThat(record.analysis().gotLucky()).extracting(Analysis.Finding::title)
                .containsExactly("No restore was needed that month.");
        assertThat(record.analysis().lessons()).extracting(Analysis.Lesson::title)
                .containsExactly("Nobody did anything careless here: each step made sense where it was taken.");
    }

    @Test
    void aLabelThatNamesNoOtherPartOfTheAnalysisLeavesItsListAsLessons() {
        PostMortem record = read("""
                # Backup bucket filled up - 4 May 2025

                ## Lessons learned

                **For the storage team**

                - Size alerts belong on the paging rotation.
                """);

        assertThat(record.analysis().wentWell()).isEmpty();
        assertThat(record.analysis().lessons()).extracting(Analysis.Lesson::title)
                .contains("Size alerts belong on the paging rotation.");
    }

    private PostMortem read(String markdown) {
        return importer.read(markdown.getBytes(StandardCharsets.UTF_8), null).record();
    }
}
