// Hindsight's pages work without this script; it adds previews, rows, live gaps and live updates. The review
// assistant's findings as one types are review-assistant.js's.
"use strict";

(function () {
  const csrf = () => (document.getElementById("main") || document.body).dataset.csrf || "";

  // Markdown preview: the server renders and sanitises, so the preview is exactly what the page will show.
  function bindPreviews(root) {
    root.querySelectorAll("[data-preview-button]").forEach((button) => {
      button.addEventListener("click", async () => {
        const form = button.closest("form");
        const text = form.querySelector("[data-markdown]").value;
        const body = new URLSearchParams({ text: text });
        const response = await fetch("/preview", {
          method: "POST", body: body, headers: { "X-CSRF-Token": csrf() }, credentials: "same-origin",
        });
        const target = form.querySelector("[data-preview]");
        target.innerHTML = response.ok ? await response.text() : "<p>Preview failed.</p>";
      });
    });
  }

  // Table editors: "Add" copies the blank row with the next free index. unsaved.js adds rows quietly (no focus), to
  // put back typing carried through a reload.
  function bindRows(root) {
    root.querySelectorAll("[data-add-row]").forEach((button) => {
      button.addEventListener("click", () => addRow(root, button, true));
      button.addEventListener("hindsight:add-row", () => addRow(root, button, false));
    });
  }

  function addRow(root, button, focus) {
    const body = root.querySelector('[data-rows="' + button.dataset.addRow + '"]');
    const blank = body.querySelector("tr[data-blank]");
    if (!blank) return;
    const index = Number(body.dataset.nextIndex);
    body.dataset.nextIndex = String(index + 1);
    const row = blank.cloneNode(true);
    row.querySelectorAll("input, select").forEach((field) => {
      field.name = field.name.replace(/^row\.\d+\./, "row." + index + ".");
      const label = field.getAttribute("aria-label");
      if (label) field.setAttribute("aria-label", renumbered(label, index + 1));
      if (field.tagName === "INPUT") field.value = "";
      if (field.tagName === "SELECT") field.selectedIndex = 0;
    });
    row.querySelectorAll("[data-gap]").forEach((gap) => { gap.textContent = ""; });
    body.appendChild(row);
    const first = row.querySelector("input:not([type=hidden]), select");
    if (first && focus) first.focus();
    // A blank row is no edit by itself; unsaved.js compares the form's values.
    button.closest("form").dispatchEvent(new CustomEvent("hindsight:edited", { bubbles: true }));
    recomputeGaps(root);
  }

  // A copied row's labels name its own number, as the server's rows do ("Owner (action 3)"), or a screen reader
  // hears two fields called "Owner (action 2)". The blank timeline row is "(new event)": copies become "(new event 3)".
  function renumbered(label, number) {
    if (/\(new [a-z]+\)$/.test(label)) return label.replace(/\)$/, " " + number + ")");
    return label.replace(/\d+(\)?)$/, number + "$1");
  }

  // Gaps between timeline events, in the SEV template's wording, recomputed as times are typed.
  function phrase(ms) {
    if (ms === 0) return "at the same time";
    const negative = ms < 0;
    let s = Math.round(Math.abs(ms) / 1000);
    const units = [["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
    const parts = [];
    for (const [name, size] of units) {
      const n = Math.floor(s / size);
      s -= n * size;
      if (n > 0 && parts.length < 2 && (name !== "second" || parts.length === 0)) {
        parts.push(n + " " + name + (n === 1 ? "" : "s"));
      }
    }
    return (parts.join(", ") || "0 minutes") + (negative ? " earlier" : " later");
  }

  function recomputeGaps(root) {
    const body = root.querySelector('[data-rows="timeline"]');
    if (!body) return;
    const rows = Array.from(body.querySelectorAll("tr")).map((tr) => {
      const at = tr.querySelector('input[type="datetime-local"]');
      const kind = tr.querySelector("select");
      const removed = tr.querySelector('input[type="checkbox"]');
      return { tr: tr, time: at && at.value ? Date.parse(at.value) : NaN, kind: kind ? kind.value : "note",
        removed: removed && removed.checked };
    });
    const timed = rows.filter((r) => !isNaN(r.time) && !r.removed).sort((a, b) => a.time - b.time);
    rows.forEach((r) => {
      const gap = r.tr.querySelector("[data-gap]");
      const i = timed.indexOf(r);
      if (gap) gap.textContent = i < 0 ? "" : i === 0 ? "-" : phrase(r.time - timed[i - 1].time);
      r.tr.classList.toggle("is-milestone", r.kind !== "note" && r.kind !== "");
    });
  }

  function bindTimeline(root) {
    const body = root.querySelector('[data-rows="timeline"]');
    if (!body) return;
    body.addEventListener("input", () => recomputeGaps(root));
    body.addEventListener("change", () => recomputeGaps(root));
    const zone = root.querySelector("[data-zone-switch]");
    if (zone) {
      const shown = zone.value;
      zone.addEventListener("change", () => {
        const url = new URL(window.location.href);
        url.searchParams.set("zone", zone.value);
        // Back to the zone the times are shown in until the page is left: staying (to keep unsaved typing) must not
        // save them as if typed in the other.
        zone.value = shown;
        window.location.assign(url.toString());
      });
      addBrowserZone(zone);
    }
  }

  // Offer the reader's own zone, so they can type times as their clock showed them.
  function addBrowserZone(select) {
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (mine && !Array.from(select.options).some((o) => o.value === mine)) {
      const option = document.createElement("option");
      option.value = mine;
      option.textContent = mine + " (your browser)";
      select.appendChild(option);
    }
  }

  // Which forms hold unsaved typing (data-dirty) is unsaved.js's; one being sent is marked here.
  function bindSubmitting(root) {
    root.querySelectorAll("form[data-part]").forEach((form) => {
      form.addEventListener("submit", () => { form.dataset.submitting = "true"; });
    });
  }

  function bind(root) {
    bindPreviews(root);
    bindRows(root);
    bindTimeline(root);
    bindSubmitting(root);
    root.querySelectorAll("[data-browser-zone]").forEach((input) => {
      if (!input.value) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    });
    // The review assistant (review-assistant.js) binds its part of the same content.
    document.dispatchEvent(new CustomEvent("hindsight:bound", { detail: root }));
  }

  // Live: when someone else saves, refresh the page's content if nothing is being edited here; otherwise
  // say what changed and keep the typing, so the next save shows the conflict instead of losing either.
  function watch() {
    const incident = document.getElementById("incident");
    if (!incident || !window.EventSource) return;
    const source = new EventSource("/incidents/" + encodeURIComponent(incident.dataset.id) + "/events");
    source.addEventListener("changed", async (event) => {
      const change = JSON.parse(event.data);
      const current = document.getElementById("incident");
      if (Number(current.dataset.revision) >= change.revision) return;
      const who = change.authors.join(", ");
      const editing = document.querySelector("form[data-dirty], form[data-submitting]");
      const live = document.getElementById("live");
      if (editing) {
        live.dataset.revision = String(change.revision); // review-assistant.js hides it if the save was its own
        live.hidden = false;
        live.textContent = who + " saved revision " + change.revision + " (" + change.changes.join(", ") +
          "). Your unsaved edits are kept; saving will show you what they changed.";
        return;
      }
      const response = await fetch(window.location.href, { credentials: "same-origin" });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById("incident");
      if (!fresh || document.querySelector("form[data-dirty], form[data-submitting]")) return;
      current.replaceWith(fresh);
      bind(fresh);
      recomputeGaps(fresh);
      const banner = document.getElementById("live");
      banner.hidden = false;
      banner.textContent = who + " just changed this incident (revision " + change.revision + "): " +
        change.changes.join(", ") + ".";
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    bind(document);
    watch();
  });
})();
