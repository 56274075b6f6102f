package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence in another language than English is not judged, and its field says once that it was not checked: the
 * tenth set of unseen documents had its blame in Dutch and Japanese, which the check passed in silence.
 */
class OtherLanguageTest {

    private final BlameWords words = BlameWords.builtIn();
    private final BlameCheck check = new BlameCheck(words);

    private boolean otherLanguage(String sentence) {
        return OtherLanguage.written(sentence, Token.of(sentence), words);
    }

    @Test
    void dutchGermanSpanishAndFrenchSentencesAreAnotherLanguage() {
        assertThat(otherLanguage("Joost heeft de wijziging zonder test op productie gezet, en dat was slordig."))
                .isTrue();
        assertThat(otherLanguage("Der Techniker hat die Änderung ohne Test auf die Produktion gespielt.")).isTrue();
        assertThat(otherLanguage("El técnico de guardia aplicó el cambio sin revisar la lista de tiendas.")).isTrue();
        assertThat(otherLanguage("Le script de déploiement ne demande pas quel environnement est visé.")).isTrue();
    }

    @Test
    void aSentenceInAnotherScriptIsAnotherLanguage() {
        assertThat(otherLanguage("佐藤さんが確認せずに本番環境の設定を変更しました。")).isTrue();
        assertThat(otherLanguage("Инженер изменил настройки без проверки.")).isTrue();
    }

    @Test
    void englishWithForeignNamesAndShortLabelsIsEnglish() {
        assertThat(otherLanguage("Juan de la Cruz restarted the database at 14:02 and the site recovered."))
                .isFalse();
        assertThat(otherLanguage("The pods in eu-west-1 were restarted by the deploy tool at 09:12 UTC.")).isFalse();
        assertThat(otherLanguage("Owner: Lars de Vries")).isFalse();
        assertThat(otherLanguage("Luis de la Fuente de los Ríos was careless.")).isFalse();
        assertThat(otherLanguage("Paged María de la Rosa, Juan de los Santos and Luis del Valle at 10:05.")).isFalse();
        assertThat(otherLanguage("Root cause: connection pool exhaustion under load")).isFalse();
        assertThat(otherLanguage("Dr. 山田 approved the rollback at 10:40 after the checks passed.")).isFalse();
    }

    @Test
    void anEnglishSentenceAboutSomeoneWithAParticleInTheirNameIsStillJudged() {
        assertThat(check.blames("Luis de la Fuente de los Ríos was careless.")).isTrue();
        assertThat(check.check("analysis.narrative", "Luis de la Fuente de los Ríos was careless."))
                .extracting(Finding::rule).doesNotContain("language.not-english").isNotEmpty();
    }

    @Test
    void aFieldInAnotherLanguageGetsOneNoteAndNoJudgement() {
        List<Finding> found = check.check("analysis.narrative", "Joost heeft de wijziging zonder test op productie "
                + "gezet, en dat was slordig. Hij had moeten wachten tot na de veiling. Daarna werd de klok "
                + "handmatig herstart.");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("language.not-english");
            assertThat(f.level()).isEqualTo(FindingLevel.NOTE);
            assertThat(f.excerpt()).startsWith("Joost heeft");
            assertThat(f.replacement()).isEmpty();
        });
    }

    @Test
    void aShortEnglishSentenceBeforeAnotherLanguageIsJudgedAndTheFieldStillNoted() {
        List<Finding> found = check.check("analysis.narrative", "Joost was careless. Daarna werd de klok handmatig "
                + "herstart en de veiling ging om 07.30 uur verder. Hij had moeten wachten tot na de veiling.");

        assertThat(found).extracting(Finding::rule).containsExactly("blame.person-failed", "language.not-english");
    }

    @Test
    void theEnglishSentencesOfABilingualFieldAreStillJudged() {
        List<Finding> found = check.check("analysis.narrative", "Joost heeft de wijziging zonder test op productie "
                + "gezet, en dat was slordig. Joost carelessly pushed the change to production without a test.");

        assertThat(found).extracting(Finding::rule).containsExactly("language.not-english", "blame.person-failed");
    }
}
