// What the review assistant changes in the saved record, beside the text being checked (review-assistant.js): a
// finding dismissed with a reason or reinstated, and a rewrite applied from the responders' or reviewers' list kept
// by saving the part it landed in (a section, the title, a timeline entry, an action item, the whole record's JSON);
// after each, the findings panel and every open editor's findings are brought up to date. Also the small pieces both
// files use. User text only ever goes into the page as text (textContent).
"use strict";

window.hindsightFindingChanges = (function () {
  const csrf = () => (document.getElementById("main") || document.body).dataset.csrf || "";
  const incidentId = () => document.getElementById("incident").dataset.id;
  let boxes = 0;

  function post(url, body) {
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf(), "Accept": "application/json" },
    });
  }

  // What a part of the page shows of the record as saved, outside its form.
  const SHOWN = [":scope > .rendered", ":scope > h1", ":scope > .meta"];

  // A rewrite applied from the responders' or reviewers' list lands in a text section, the title, a timeline entry,
  // an action item or a field of the whole record's JSON, whose form keeps it with its own Save. But the person is in
  // the list, whose Save loads the page again and would drop the rewrite unsaid; so it is saved at once, by that
  // part's own form (sent by script, the same request its Save sends, with nothing typed in it: the caller leaves a
  // form holding typing unsaved; so the JSON saved is the record as loaded with that one field rewritten). The page
  // then stands as if loaded again after that save with everything typed kept: each form based on the revision the
  // save replaced moves to the new one, since the save changed only that part (that field) and the forms save their
  // own parts; the whole record's JSON, where another form saved, holds the old text: refreshed when nothing is
  // typed in it, left behind otherwise, so that its save shows the change as a conflict instead of undoing it.
  // Refused (someone saved first), the rewrite stays in the editor unsaved, like typing. Returns what to tell the
  // person.
  async function keepElsewhere(form, place, from) {
    const incident = document.getElementById("incident");
    const before = Number(form.elements.namedItem("revision").value);
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf() },
      });
    } catch (e) {
      return "Rewritten in " + place + ", not saved: Hindsight could not be reached. Save it there to keep it.";
    }
    const page = response.ok && response.redirected ?
      new DOMParser().parseFromString(await response.text(), "text/html") : null;
    const fresh = page && page.getElementById("incident");
    if (!fresh || fresh.dataset.id !== incident.dataset.id) {
      return "Rewritten in " + place + ", not saved: " + (response.status === 409 ?
        "someone saved this incident since the page was loaded" : "refused (" + response.status + ")") +
        ". Save it there to see why and keep it.";
    }
    const saved = Math.min(Number(fresh.dataset.revision), before + 1); // ours, whoever saved after it
    document.querySelectorAll('form input[name="revision"]').forEach((input) => {
      if (Number(input.value) !== before || saved === before) return;
      if (input.form.dataset.part === "json") {
        // As the server wrote it back; if someone saved after it, the JSON it saved stands, on its revision.
        const json = page.getElementById("j-document");
        const ours = input.form === form;
        if (!ours && (input.form.dataset.dirty || !json || saved !== Number(fresh.dataset.revision))) return;
        if (json && saved === Number(fresh.dataset.revision)) {
          input.form.elements.namedItem("document").value = json.defaultValue;
        }
        edited(input.form, "hindsight:saved");
      }
      input.value = String(saved);
    });
    if (Number(incident.dataset.revision) < saved) incident.dataset.revision = String(saved);
    const live = document.getElementById("live"); // app.js's word of a save elsewhere: this one was ours
    if (live && Number(live.dataset.revision) === saved) live.hidden = true;
    edited(form, "hindsight:saved");
    // What the part shows of what is saved, as the page now renders it: a section's text, the title's heading and
    // its line of facts (the revision); the timeline's rows are its form's own inputs, already as saved.
    const section = form.closest("section");
    const now = section && page.getElementById(section.id);
    SHOWN.forEach((selector) => {
      const shown = section && section.querySelector(selector);
      const nowShown = now && now.querySelector(selector);
      if (shown && nowShown) shown.replaceWith(document.importNode(nowShown, true));
    });
    const said = "Rewritten and saved in " + place + ".";
    let note = form.querySelector("[data-kept]"); // beside its Save: the list's own word goes at its next check
    if (!note) {
      note = document.createElement("p");
      note.className = "hint";
      note.setAttribute("role", "status");
      note.dataset.kept = "";
      const rows = form.querySelectorAll(":scope > .actions-row"); // the last holds Save (the timeline's first: zone)
      rows[rows.length - 1].before(note);
    }
    note.textContent = "Saved with the rewrite applied from " + from + ".";
    await refresh();
    return said;
  }

  const edited = (form, what) => form.dispatchEvent(new CustomEvent(what, { bubbles: true }));

  function button(text, className) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className || "";
    b.textContent = text;
    return b;
  }

  // Inside an edit form (forms do not nest): a Dismiss button that opens a reason and its own Dismiss button.
  function dismissBox(item, row, f, control) {
    const id = "dismiss-" + (++boxes);
    const open = button("Dismiss", "secondary");
    open.setAttribute("aria-expanded", "false");
    open.setAttribute("aria-controls", id);
    const box = document.createElement("div");
    box.id = id;
    box.hidden = true;
    box.className = "dismiss";
    box.dataset.dismissBox = "";
    const label = document.createElement("label");
    label.htmlFor = id + "-reason";
    label.textContent = "Why does this finding not apply? (required)";
    const reason = document.createElement("textarea");
    reason.id = id + "-reason";
    reason.maxLength = 1000;
    reason.rows = 2;
    const error = document.createElement("p");
    error.className = "dismiss-error";
    error.setAttribute("role", "alert");
    const send = button("Dismiss finding", "secondary");
    const cancel = button("Cancel", "secondary");
    const buttons = document.createElement("div");
    buttons.className = "actions-row";
    buttons.append(send, cancel);
    box.append(label, reason, error, buttons);
    const toggle = (shown) => {
      box.hidden = !shown;
      open.setAttribute("aria-expanded", String(shown));
      (shown ? reason : open).focus();
    };
    open.addEventListener("click", () => toggle(box.hidden));
    cancel.addEventListener("click", () => toggle(false));
    box.addEventListener("input", (event) => event.stopPropagation()); // not an edit of the form around it
    send.addEventListener("click", async () => {
      const body = new URLSearchParams({ rule: f.rule, field: f.field, excerpt: f.excerpt, reason: reason.value });
      if (await change("/incidents/" + encodeURIComponent(incidentId()) + "/findings/dismissals", body, error)) {
        (control || document.getElementById("findings-count")).focus();
      }
    });
    row.append(open);
    item.append(box);
  }

  // The page's own forms (the findings panel's Dismiss and Reinstate) are sent by script, so that nothing typed
  // elsewhere on the page is lost; without script they post and come back to the page.
  function bindForms(root) {
    root.querySelectorAll("form[data-dismiss]").forEach((form) => {
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const body = new URLSearchParams(new FormData(form));
        if (await change(form.action, body, form.querySelector("[data-dismiss-error]"))) {
          document.getElementById("findings-count").focus();
        }
      });
    });
  }

  // Sends a dismissal or reinstatement; on success the panel and every open editor's findings are brought up to
  // date. A refusal names its field beside the button.
  async function change(url, body, error) {
    error.textContent = "";
    let response;
    try {
      response = await post(url, body);
    } catch (e) {
      error.textContent = "Could not reach Hindsight; nothing was changed.";
      return false;
    }
    if (!response.ok) {
      const answer = response.status === 400 ? await response.json() : null;
      error.textContent = answer && answer.errors ? problems(answer.errors)
        : "Refused (" + response.status + "); nothing was changed. Reload the page and try again.";
      return false;
    }
    await refresh();
    return true;
  }

  // The findings panel as the server now renders it, in place; the count is updated, not replaced, so a screen
  // reader following it hears the change.
  async function refresh() {
    const response = await fetch(window.location.href, { credentials: "same-origin" });
    if (response.ok) {
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById("findings");
      const panel = document.getElementById("findings");
      if (fresh && panel) {
        const shown = document.getElementById("findings-count");
        shown.textContent = page.getElementById("findings-count").textContent;
        Array.from(panel.children).forEach((child) => {
          if (child !== shown && child.id !== "findings-h") child.remove();
        });
        Array.from(fresh.children).forEach((child) => {
          if (child.id !== "findings-count" && child.id !== "findings-h") panel.append(child);
        });
        bindForms(panel);
      }
      const warning = document.getElementById("review-findings");
      const freshWarning = page.getElementById("review-findings");
      if (warning && freshWarning) warning.replaceWith(freshWarning);
      else if (warning) warning.remove();
    }
    await Promise.all(Array.from(document.querySelectorAll("[data-findings]"))
      .filter((box) => box.hindsightCheck && (!box.closest("details") || box.closest("details").open))
      .map((box) => box.hindsightCheck()));
  }

  function problems(errors) {
    return errors.map((e) => e.field + ": " + e.problem).join(" ");
  }

  return { post, incidentId, edited, button, problems, keepElsewhere, dismissBox, bindForms };
})();
