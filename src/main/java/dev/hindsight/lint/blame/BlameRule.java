package dev.hindsight.lint.blame;

import dev.hindsight.lint.FindingLevel;

/**
 * A rule the blame check applies: its id, level, why, and what to write instead. The order is the order the check
 * tries them in and lists them ({@link BlameCheck#rules}); the wording is what a reviewer reads on the finding, so it
 * lives apart from how a rule is found.
 */
enum BlameRule {
    PERSON_FAILED("blame.person-failed", FindingLevel.ERROR,
            "names a person as the one who failed; a blameless review looks at what let the failure happen",
            "Say what the system allowed or lacked, e.g. \"the deploy tool allowed a production run without "
                    + "confirmation\"."),
    PERSON_FAULT("blame.person-fault", FindingLevel.ERROR,
            "makes the failure a person's fault",
            "Say which change or condition led to the failure and what would have caught it, e.g. \"the "
                    + "migration ran without a dry run because the pipeline has no such step\"."),
    HUMAN_ERROR("blame.human-error", FindingLevel.ERROR,
            "gives human error as a cause, which ends the analysis where it should start",
            "Ask why the error was possible and why it was not caught, and write those down as the causes."),
    JUDGEMENT("blame.judgement", FindingLevel.WARNING,
            "judges a person or their work",
            "Describe what happened and what the person knew at the time, without judging them."),
    HINDSIGHT("blame.hindsight", FindingLevel.WARNING,
            "judges a person's decision with hindsight they did not have",
            "Describe what the person saw and why the action made sense then; name the safeguard that was "
                    + "missing."),
    LIKELY("blame.likely", FindingLevel.WARNING,
            "reads like blame to a statistical model trained on labelled sentences; it is a judgement of "
                    + "likelihood, not a rule it can point to, so read it again as the person it names would",
            "If it does blame someone, say what the system allowed or lacked instead; if it does not, dismiss "
                    + "the finding."),
    NOT_ENGLISH("language.not-english", FindingLevel.NOTE,
            "is not in English, the only language the blame check reads: neither it nor the field's other "
                    + "sentences in another language were checked for blame",
            "Have someone who reads the language check it for blame, or write an English version beside it.");

    final String id;
    final FindingLevel level;
    final String why;
    final String suggestion;

    BlameRule(String id, FindingLevel level, String why, String suggestion) {
        this.id = id;
        this.level = level;
        this.why = why;
        this.suggestion = suggestion;
    }
}
