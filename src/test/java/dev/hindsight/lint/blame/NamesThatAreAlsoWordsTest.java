package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the seventh set of unseen documents brought (imports/unseen-documents-7, docs/lint.md): a given name that is
 * also an English verb ("Shun") is a person when someone is acting, as "by Shun Arai" is, and only then; given names
 * the list lacked.
 */
class NamesThatAreAlsoWordsTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    @Test
    void aNameThatIsAlsoAVerbIsAPersonWhenSomethingWasDoneByThem() {
        assertThat(check.blames("The chunk size was raised recklessly by Shun Arai during the window.")).isTrue();
        assertThat(check.blames("Teams shun manual steps when a script exists.")).isFalse();
        assertThat(check.blames("Shun the old runbook and use the new one.")).isFalse();
    }

    @Test
    void givenNamesTheListLackedArePeople() {
        assertThat(check.blames("Iker forgot to rotate the key.")).isTrue();
        assertThat(check.blames("Tamsin carelessly merged the change.")).isTrue();
    }
}
