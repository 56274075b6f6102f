package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Lines;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What a memo's or a mail's header lines say of the incident's day, for {@link DocumentTimes}: a "Re:" or
 * "Subject:" line naming it without its year ("Re: Valves left open, Saturday September 5"), and the earliest day a
 * thread's "Sent:" headers give ("Sent: Thursday, 12 November 2026 11:47"). Filled line by line while the
 * document's blocks are read; one per document.
 */
final class MailHeaders {

    /** The day a "Re:" or "Subject:" line names without its year, and where. */
    private MonthDay subjectDay;
    private TimeContext.Origin subjectFrom;
    /** The earliest day a mail thread's "Sent:" headers give, and where. */
    private LocalDate sentDay;
    private TimeContext.Origin sentFrom;

    /** The first subject line's day, without its year; null when none named one. */
    MonthDay subjectDay() {
        return subjectDay;
    }

    TimeContext.Origin subjectFrom() {
        return subjectFrom;
    }

    /** The earliest day sent; null when no "Sent:" header under a "From:" gave one. */
    LocalDate sentDay() {
        return sentDay;
    }

    TimeContext.Origin sentFrom() {
        return sentFrom;
    }

    /**
     * A memo's or a mail's header: "Re:" or "Subject:" naming the incident's day ("Re: Irrigation valves left open,
     * Saturday September 5"), and Outlook's "Sent:" under a "From:" line. A thread's first message is the one
     * nearest the incident (a write-up and its forwards come later), so the earliest day sent is kept. Only the
     * line's first characters are looked at unless it opens with one of these labels.
     */
    void read(String line, String previous, Lines at) {
        int from = headerStart(line);
        if (from >= line.length() || "rRsS".indexOf(line.charAt(from)) < 0 || line.indexOf(':', from) < 0) {
            return;
        }
        if (subjectDay == null && (line.regionMatches(true, from, "re:", 0, 3)
                || line.regionMatches(true, from, "subject:", 0, 8))) {
            String value = line.substring(line.indexOf(':', from) + 1);
            DatePhrases.monthDay(value).ifPresent(md -> {
                subjectDay = md;
                subjectFrom = new TimeContext.Origin("the line " + DocumentTimes.quote(line), at);
            });
        } else if (line.regionMatches(true, from, "sent:", 0, 5)
                && previous.regionMatches(true, headerStart(previous), "from:", 0, 5)) {
            Optional<LocalDate> day = DatePhrases.dayIn(line.substring(from + 5));
            if (day.isPresent() && (sentDay == null || day.get().isBefore(sentDay))) {
                sentDay = day.get();
                sentFrom = new TimeContext.Origin("the line " + DocumentTimes.quote(line), at);
            }
        }
    }

    /** Where a header line's label starts, after white space and the "> " of a quoted message. */
    private static int headerStart(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '>' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
