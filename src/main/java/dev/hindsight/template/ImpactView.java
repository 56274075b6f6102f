package dev.hindsight.template;

import dev.hindsight.incident.Impact;
import dev.hindsight.incident.YesNo;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The impact variables: users, services, business and technical impact, blast radius. */
final class ImpactView {
    private ImpactView() {
    }

    static View of(Impact i) {
        Impact.UsersAffected users = i.users();
        String count = users.count() == null ? "" : String.valueOf(users.count());
        String percent = users.percent() == null ? "" : percent(users.percent()) + "%";
        return new View().put("summary", i.summary())
                .texts("services", i.services()).put("servicesText", String.join(", ", i.services()))
                .texts("appsAndApis", i.appsAndApis()).put("appsAndApisText", String.join(", ", i.appsAndApis()))
                .put("usersCount", count).put("usersPercent", percent).put("usersDescription", users.description())
                .put("usersText", usersText(count, percent, users.description()))
                .texts("regions", i.regions()).put("regionsText", String.join(", ", i.regions()))
                .put("userFacingErrors", i.userFacingErrors()).put("serviceDegradation", i.serviceDegradation())
                .put("businessImpact", i.businessImpact()).put("revenueImpact", i.revenueImpact())
                .put("slaBreach", yesNo(i.slaBreach())).put("reputationImpact", i.reputationImpact())
                .put("regulatory", yesNo(i.regulatory())).put("dataLoss", yesNo(i.dataLoss()))
                .put("dataCorruption", yesNo(i.dataCorruption()))
                .put("failedRequests", i.failedRequests() == null ? "" : String.valueOf(i.failedRequests()))
                .put("recoveryPoint", i.recoveryPoint())
                .list("blastRadius", i.blastRadius(), f -> new View().put("measure", View.cell(f.measure()))
                        .put("value", f.value() == null ? "Unknown" : String.valueOf(f.value())));
    }

    /** "18400 (12.5%)", "12.5%", "18400", or the words written, whichever is known. */
    private static String usersText(String count, String percent, String description) {
        String figures = count.isEmpty() ? percent : percent.isEmpty() ? count : count + " (" + percent + ")";
        if (figures.isEmpty()) {
            return description;
        }
        return description.isEmpty() ? figures : figures + " - " + description;
    }

    private static String percent(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** {answer: "Yes", details, text: "Yes - details"}; empty when unanswered. */
    static View yesNo(YesNo answer) {
        String yes = View.yesNo(answer.answer());
        String text = yes.isEmpty() ? answer.details() : answer.details().isEmpty() ? yes : yes + " - " + answer.details();
        return new View().put("answer", yes).put("details", answer.details()).put("text", text);
    }
}
