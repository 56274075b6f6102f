// The review assistant on the incident page; the page works without it. Beside each text section, and under the
// title, the timeline, the action items, the responders, the reviewers, a reviewer's own verdict comment and the
// whole record's JSON, the part being edited is checked after a pause in typing (never per key) through
// POST /incidents/{id}/findings, with the same form the part saves with. Each finding points at its words or its
// input (a responder's or reviewer's at their name, with the words elsewhere that blame them; the JSON's at its
// path); a suggested rewrite replaces the words in one click (and, applied from the responders' or reviewers' list
// into a section, the title, a timeline entry, an action item, or the field of the whole record's JSON that holds
// words the page edits only there, a lesson or a five whys answer, saves that part); a finding the saved record has
// may be dismissed with a reason, and a dismissal reinstated, without leaving the page or losing what is typed.
// User text only ever goes into the page as text (textContent), never as HTML.
"use strict";

(function () {
  const PAUSE_MS = 800;
  const JSON_EDITOR = window.hindsightJsonEditor; // json-editor.js
  const PLACES = {
    summary: "the title, status and severity", timeline: "the timeline", actions: "the action items",
    responders: "the responders", reviewers: "the reviewers", json: "the whole record",
  };

  // Dismissing, reinstating, keeping a rewrite made in another section, and what both files use: finding-changes.js.
  const { post, incidentId, edited, button, problems, keepElsewhere, dismissBox, bindForms } =
    window.hindsightFindingChanges;

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

  // The tables whose rows hold words a finding may be about: the record's list, its form, and the input of the words.
  const ROWS = { timeline: ["timeline", "text"], actionItems: ["actions", "title"] };

  // Where the words of a finding the responders or reviewers see elsewhere are edited on this page: a text section's
  // editor, the title's input, a timeline entry's text or an action item's title (its row found by the entry it was
  // loaded as, since rows added or removed since do not move the others; null once that row is gone), and for any
  // other field (a lesson, a five whys answer) the whole record's JSON, where the page edits it.
  function editorOf(field) {
    if (field === "title") return document.getElementById("s-title");
    const at = /^(timeline|actionItems)\[(\d+)]\.(\w+)$/.exec(field);
    if (at && at[3] === ROWS[at[1]][1]) {
      const [part, input] = ROWS[at[1]];
      const form = document.querySelector('#incident form[data-part="' + part + '"]');
      const loaded = form && Array.from(form.querySelectorAll('input[name$=".orig"]')).find((o) => o.value === at[2]);
      return loaded ? form.elements.namedItem(loaded.name.replace(/\.orig$/, "." + input)) : null;
    }
    return document.getElementById("x-" + field) || document.getElementById("j-document");
  }

  // The whole record's JSON, where a rewrite lands in the finding's own field (found by its path) of the document.
  const isDocument = (editor) => !!editor && !!editor.form && editor.form.dataset.part === "json";

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
      const target = f.elsewhere ? editorOf(f.field) : control;
      const inDocument = isDocument(target);
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
          if (inDocument) JSON_EDITOR.select(target, f);
          else select(target, f);
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
      // In the JSON, a rewrite saved at once (from the list) lands exactly in the finding's field or nowhere.
      if (f.replacement && target && typeof target.setRangeText === "function" && f.excerpt &&
          (inDocument ? JSON_EDITOR.holds(target, f, f.elsewhere) : target.value.includes(f.excerpt))) {
        const suggested = document.createElement("p");
        suggested.textContent = "Suggested: " + f.replacement;
        item.insertBefore(suggested, null);
        const apply = button("Apply suggestion", "secondary");
        apply.setAttribute("aria-label", "Apply suggestion: " + f.replacement);
        apply.addEventListener("click", async () => {
          const typedThere = f.elsewhere && target.form.dataset.dirty === "true";
          if (inDocument ? JSON_EDITOR.replace(target, f, f.elsewhere) : replaceSpan(target, f)) {
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

  document.addEventListener("hindsight:bound", (event) => {
    if (!document.getElementById("incident")) return;
    bindChecks(event.detail);
    bindForms(event.detail);
  });
})();
