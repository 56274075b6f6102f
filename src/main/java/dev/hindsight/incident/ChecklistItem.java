package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

/** A ticked or unticked line of a checklist (knowledge sharing, supporting documents). */
public record ChecklistItem(String text, boolean done) {
    public ChecklistItem {
        text = Text.orEmpty(text);
    }
}
