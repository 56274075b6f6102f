package dev.hindsight.incident;

/**
 * A yes/no question with the details behind the answer ("Data loss: Yes - 40 orders"). {@code answer} is
 * null when nobody has answered yet, which is not the same as "No".
 */
public record YesNo(Boolean answer, String details) {
    public YesNo {
        details = details == null ? "" : details;
    }

    public static YesNo unknown() {
        return new YesNo(null, "");
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
