package dev.hindsight.search;

import dev.hindsight.incident.Status;
import java.time.LocalDate;

/**
 * What narrows a search besides its words; null (or false) where the reader set nothing. Service and responder
 * are folded to lower case: names compare ignoring case. Immutable.
 *
 * @param severity    the severity level, exactly
 * @param service     an affected service's whole name
 * @param responder   part of a responder's name or team
 * @param from        first day the incident started on, inclusive (the store's time zone)
 * @param to          last day it started on, inclusive
 * @param openActions only incidents with at least one action item not done
 */
public record SearchFilters(Integer severity, Status status, String service, String responder, LocalDate from,
                            LocalDate to, boolean openActions) {

    public static SearchFilters none() {
        return new SearchFilters(null, null, null, null, null, null, false);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}
