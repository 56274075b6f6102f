// The review assistant on the incident page; the page works without it. Beside each text section, and under the
// title, the timeline, the action items, the responders, the reviewers, a reviewer's own verdict comment and the
// whole record's JSON, the part being edited is checked after a pause in typing (never per key) through
// POST /incidents/{id}/findings, with the same form the part saves with. Each finding points at its words or its
// input (a responder's or reviewer's at their name, with the words elsewhere that blame them; the JSON's at its
// path); a suggested rewrite replaces the words in one click (and, applied from the responders' or reviewers' list
// into a section, saves that section); a finding the saved record has may be dismissed with a
// reason, and a dismissal reinstated, without leaving the page or losing what is typed. User text only ever goes
// into the page as text (textContent), never as HTML.
"use strict";

(function () {
  const PAUSE_MS = 800;
  const JSON_EDITOR = window.hindsightJsonEditor; // json-editor.js
  const PLACES = {
    summary: "the title, status and severity", timeline: "the timeline", actions: "the action items",
    responders: "the responders", reviewers: "the reviewers", json: "the whole record",
  };

  const csrf = () => (document.getElementById("main") || document.body).dataset.csrf || "";
  const incidentId = () => document.getElementById("incident").dataset.id;
  let boxes = 0;

  function post(url, body) {
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf(), "Accept": "application/json" },
    });
  }

  // Each editor's check: run after a pause in typing, when its part opens, and again after a dismissal.
  function bindChecks(root) {
    root.querySelectorAll("textarea[data-lint]").forEach((area) => {
      const form = area.closest("form");
      const path = form.querySelector('input[name="path"]'); // a text section's; a verdict's comment has none
      bindCheck(form, area, () => new URLSearchParams(path ? { part: "text", path: path.value, value: area.value }
        : { part: area.dataset.lint, value: area.value }));
    });
    root.querySelectorAll("form[data-lint-part]").forEach((form) => {
      bindCheck(form, null, () => {
        const big = JSON_EDITOR.tooBig(form);
        if (big) return big;
        const body = new URLSearchParams(new FormData(form));
        body.delete("_csrf");
        body.set("part", form.dataset.lintPart);
        return body;
      });
    });
  }

  function bindCheck(form, area, params) {
    const box = form.querySelector("[data-findings]");
    if (!box) return;
    let timer = null;
    let asked = 0;
    const check = async () => {
      clearTimeout(timer);
      const mine = ++asked;
      const body = params();
      if (typeof body === "string") { // refused here, unsent: it is over what the check reads
        show(form, area, box, { errors: [{ field: "document", problem: body }] }, check);
        return;
      }
      let answer;
      try {
        const response = await post("/incidents/" + encodeURIComponent(incidentId()) + "/findings", body);
        answer = await response.json();
        if (!response.ok && !answer.errors) throw new Error("status " + response.status);
      } catch (e) {
        if (mine === asked) count(box).textContent = "The review assistant could not check this.";
        return;
      }
      if (mine === asked) show(form, area, box, answer, check); // else a newer check is on its way
    };
    box.hindsightCheck = check;
    const later = (event) => {
      if (event.target.closest("[data-dismiss-box]")) return; // a reason being typed is not the text
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    };
    (area || form).addEventListener("input", later);
    if (!area) form.addEventListener("change", later);
    const details = form.closest("details");
    if (!details || details.open) check();
    if (details) details.addEventListener("toggle", () => { if (details.open) check(); });
  }

  const count = (box) => box.querySelector("[data-findings-count]");

  // A text section's editor on this page, for a finding the responders or reviewers see in its words.
  const sectionEditor = (field) => document.getElementById("x-" + field);

  function show(form, area, box, answer, recheck) {
    unmark(form);
    const list = box.querySelector("[data-findings-list]");
    list.replaceChildren();
    if (answer.errors) {
      count(box).textContent = "Not checked until this is fixed: " + problems(answer.errors);
      const doc = form.elements.namedItem("document");
      if (doc) list.append(...JSON_EDITOR.wherePlaces(doc, answer.errors));
      return;
    }
    const json = answer.part === "json" ? form.elements.namedItem("document") : null;
    const n = answer.findings.length;
    const where = answer.part === "text" || !PLACES[answer.part] ? "this text" : PLACES[answer.part];
    count(box).textContent = n === 0 ? "No findings in " + where + "." :
      n + (n === 1 ? " finding" : " findings") + " in " + where + ".";
    answer.findings.forEach((f, k) => {
      const item = document.createElement("li");
      item.className = "finding level-" + f.level;
      item.id = box.id + "-" + k;
      const level = document.createElement("span");
      level.className = "level";
      level.textContent = f.level;
      const control = area || json || (f.control ? form.elements.namedItem(f.control) : null);
      // Where the words are that a suggestion rewrites: the text, the input, the JSON, or another part's text.
      const target = f.elsewhere ? sectionEditor(f.field) : control;
      const link = document.createElement("a");
      link.href = "#" + (control && control.id ? control.id : box.id);
      link.textContent = area ? f.excerpt || f.field : json ? f.field : !control ? f.field
        : f.elsewhere && control.value.trim() ? control.value.trim() : nameOf(control);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        if (!control) return;
        control.focus();
        if (json) JSON_EDITOR.select(json, f);
        else select(control, f);
      });
      item.append(level, " ", link);
      if (f.elsewhere) {
        const place = document.createElement("a");
        place.href = "#" + (target ? target.id : f.field);
        place.textContent = f.place;
        place.addEventListener("click", (event) => {
          if (!target) return;
          event.preventDefault();
          opened(target);
          target.focus();
          select(target, f);
        });
        item.append(" is named in ", place, ":");
      }
      if (!area && f.excerpt) {
        const words = document.createElement("q");
        words.textContent = f.excerpt;
        item.append(words);
      }
      const why = document.createElement("p");
      why.textContent = f.why + " " + f.suggestion;
      item.append(why);
      const row = document.createElement("div");
      row.className = "actions-row";
      if (f.replacement && target && typeof target.setRangeText === "function" && f.excerpt &&
          target.value.includes(json ? JSON_EDITOR.inJson(f.excerpt) : f.excerpt)) {
        const suggested = document.createElement("p");
        suggested.textContent = "Suggested: " + f.replacement;
        item.insertBefore(suggested, null);
        const apply = button("Apply suggestion", "secondary");
        apply.setAttribute("aria-label", "Apply suggestion: " + f.replacement);
        apply.addEventListener("click", async () => {
          const typedThere = f.elsewhere && target.form.dataset.dirty === "true";
          if (json ? JSON_EDITOR.replace(json, f) : replaceSpan(target, f)) {
            edited(target.form, "hindsight:edited"); // typing there, for unsaved.js, until saved
            if (f.elsewhere) {
              opened(target);
              target.focus();
              const done = document.createElement("p");
              done.setAttribute("role", "status");
              item.replaceChildren(done);
              if (typedThere) {
                // Saving it would save what is typed there too, which nobody asked to save: left as typing is.
                done.textContent = "Rewritten in " + f.place + ", beside changes not saved yet: save it there " +
                  "to keep it.";
                return;
              }
              done.textContent = "Rewritten in " + f.place + "; saving it…";
              done.textContent = await keepElsewhere(target.form, f.place, PLACES[answer.part] || "the list");
            } else {
              recheck();
              target.focus();
            }
          }
        });
        row.append(apply);
      }
      item.append(row);
      if (f.saved) {
        dismissBox(item, row, f, control);
      } else {
        const hint = document.createElement("p");
        hint.className = "hint";
        hint.textContent = "Not in the saved record yet: save to be able to dismiss it.";
        item.append(hint);
      }
      list.append(item);
      if (control && control !== area && control !== json) mark(control, item.id);
    });
  }

  // A rewrite applied from the responders' or reviewers' list lands in a text section, which keeps it with its own
  // Save. But the person is in the list, whose Save loads the page again and would drop the rewrite unsaid; so it is
  // saved at once, by that section's own form (sent by script, the same request its Save sends). The page then
  // stands as if loaded again after that save with everything typed kept: each form based on the revision the save
  // replaced moves to the new one, since the save changed only that section's text and the forms save their own
  // parts; all but the whole record's JSON, which holds the old text: refreshed when nothing is typed in it, left
  // behind otherwise, so that its save shows the change as a conflict instead of undoing it. Refused (someone saved
  // first), the rewrite stays in the editor unsaved, like typing. Returns what to tell the person.
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
        const json = page.getElementById("j-document");
        if (input.form.dataset.dirty || !json || saved !== Number(fresh.dataset.revision)) return;
        input.form.elements.namedItem("document").value = json.defaultValue;
        edited(input.form, "hindsight:saved");
      }
      input.value = String(saved);
    });
    if (Number(incident.dataset.revision) < saved) incident.dataset.revision = String(saved);
    const live = document.getElementById("live"); // app.js's word of a save elsewhere: this one was ours
    if (live && Number(live.dataset.revision) === saved) live.hidden = true;
    edited(form, "hindsight:saved");
    const section = form.closest("section");
    const shown = section && section.querySelector(":scope > .rendered");
    const now = section && page.getElementById(section.id);
    const nowShown = now && now.querySelector(":scope > .rendered");
    if (shown && nowShown) shown.replaceWith(document.importNode(nowShown, true));
    const said = "Rewritten and saved in " + place + ".";
    let note = form.querySelector("[data-kept]"); // beside its Save: the list's own word goes at its next check
    if (!note) {
      note = document.createElement("p");
      note.className = "hint";
      note.setAttribute("role", "status");
      note.dataset.kept = "";
      form.querySelector(".actions-row").before(note);
    }
    note.textContent = "Saved with the rewrite applied from " + from + ".";
    await refresh();
    return said;
  }

  const edited = (form, what) => form.dispatchEvent(new CustomEvent(what, { bubbles: true }));

  // The input a finding is about says so to a screen reader, and shows it.
  function mark(control, describedBy) {
    if (!("findingFor" in control.dataset)) control.dataset.findingFor = control.getAttribute("aria-describedby") || "";
    control.classList.add("has-finding");
    const before = control.getAttribute("aria-describedby") || "";
    control.setAttribute("aria-describedby", (before + " " + describedBy).trim());
  }

  function unmark(form) {
    form.querySelectorAll("[data-finding-for]").forEach((control) => {
      if (control.dataset.findingFor) control.setAttribute("aria-describedby", control.dataset.findingFor);
      else control.removeAttribute("aria-describedby");
      delete control.dataset.findingFor;
      control.classList.remove("has-finding");
    });
  }

  // Another part's editor, opened, and its findings brought up to date with the words just applied there.
  function opened(editor) {
    const details = editor.closest("details");
    if (details && !details.open) details.open = true; // its toggle runs its check
    else {
      const box = editor.form.querySelector("[data-findings]");
      if (box && box.hindsightCheck) box.hindsightCheck();
    }
  }

  function nameOf(control) {
    return control.getAttribute("aria-label") || (control.labels && control.labels[0] ?
      control.labels[0].textContent.trim() : control.name);
  }

  function select(control, f) {
    if (f.start < 0 || typeof control.setSelectionRange !== "function") return;
    try {
      const at = control.value.slice(f.start, f.end) === f.excerpt ? f.start : control.value.indexOf(f.excerpt);
      if (at >= 0) control.setSelectionRange(at, at + f.excerpt.length);
    } catch (e) {
      // an input that cannot select (a date): focus is enough
    }
  }

  // The finding's span, or its words wherever they moved to since the check; false if they are gone.
  function replaceSpan(control, f) {
    let start = f.start;
    let end = f.end;
    if (control.value.slice(start, end) !== f.excerpt) {
      start = control.value.indexOf(f.excerpt);
      if (start < 0 || !f.excerpt) return false;
      end = start + f.excerpt.length;
    }
    control.setRangeText(f.replacement, start, end, "end");
    return true;
  }

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

  document.addEventListener("hindsight:bound", (event) => {
    if (!document.getElementById("incident")) return;
    bindChecks(event.detail);
    bindForms(event.detail);
  });
})();
