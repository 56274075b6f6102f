package dev.hindsight.incident;

import dev.hindsight.kernel.Text;
import java.util.List;

/**
 * Who may see an incident. Most incidents are open to every signed-in account; a restricted one (a security
 * or legal matter) is visible only to the people and groups named here, and to nobody else anywhere: not in
 * lists, pages, the API, search, feeds or counts.
 */
public record Access(boolean restricted, List<String> people, List<String> groups) {
    public Access {
        people = Text.list(people).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        groups = Text.list(groups).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static Access open() {
        return new Access(false, List.of(), List.of());
    }

    public boolean allows(Principal principal) {
        if (!restricted || principal.seesEverything()) {
            return true;
        }
        return people.contains(principal.user()) || groups.stream().anyMatch(principal.groups()::contains);
    }

    /** The names the store indexes the incident under for restricted lookups: "user:priya", "group:security". */
    List<String> principals() {
        return java.util.stream.Stream.concat(people.stream().map(p -> "user:" + p), groups.stream().map(g -> "group:" + g))
                .toList();
    }
}
