// Unsaved typing on the incident page; the page works without it. A form is unsaved while its fields differ from
// what the page loaded or last saved (typing undone is not a change), or while it holds typing a refused save
// kept (the server marks it data-typed-unsaved). Such a form says "Unsaved changes" beside its Save, politely to a
// screen reader, and leaving the page asks the browser's own question first. A form's own Save leaves without
// asking: the typing in every other unsaved form is kept through the reload (the page loaded after the save puts
// it back, on the new revision when its part is as it was, else on the old one, so that its save shows what changed
// as a conflict instead of undoing it). Other scripts say when they change a form's values (hindsight:edited) or
// save one by script (hindsight:saved); app.js and review-assistant.js read the result as data-dirty.
"use strict";

(function () {
  const STASH = "hindsight:unsaved";
  const STASH_MS = 120000; // a save's reload takes seconds; older typing is not put back unasked
  const FORMS = '#incident form[method="post"]';
  let leaving = null; // the form being sent by its own Save, and whether the others' typing goes with the page
  let carried = false;
  let markers = 0;
  const asLoaded = new WeakSet(); // the fields the page came with, not those of rows added since

  const tracked = () => Array.from(document.querySelectorAll(FORMS));

  // The fields a person types into: named, enabled, not hidden, not buttons.
  function typeable(form) {
    return Array.from(form.elements).filter((el) => el.name && !el.disabled && el.tagName !== "BUTTON" &&
      !["hidden", "submit", "button", "reset", "image", "file"].includes(el.type));
  }

  // Those whose change is an edit: the timeline's zone switch is a way of reading the page (it reloads it), though
  // it goes with the typing carried through a reload, since the times typed are in its zone.
  const fields = (form) => typeable(form).filter((el) => !el.matches("[data-zone-switch]"));

  const checkable = (el) => el.type === "checkbox" || el.type === "radio";

  // A field's value as typed, and as loaded (an input's loaded value read back through its type's own cleaning, so
  // that a time loaded with seconds compares equal to the same time shown without them).
  function now(el) {
    return checkable(el) ? el.checked : el.value;
  }

  function loaded(el) {
    if (checkable(el)) return el.defaultChecked;
    if (el.tagName === "SELECT") {
      const chosen = Array.from(el.options).filter((o) => o.defaultSelected);
      return chosen.length ? chosen[chosen.length - 1].value : el.options.length ? el.options[0].value : "";
    }
    if (el.tagName === "TEXTAREA") return el.defaultValue;
    const probe = document.createElement("input");
    probe.type = el.type;
    probe.value = el.defaultValue;
    return probe.value;
  }

  // Each field named once: a repeated name by its occurrence, a checkbox by its value too (the checklist's "done").
  function named(form, read) {
    const seen = {};
    return typeable(form).map((el) => {
      const base = el.name + (checkable(el) ? "=" + el.value : "");
      seen[base] = (seen[base] || 0) + 1;
      return [base + "#" + seen[base], read(el), el];
    });
  }

  function isDirty(form) {
    return form.hasAttribute("data-typed-unsaved") || fields(form).some((el) => now(el) !== loaded(el));
  }

  // The marker beside the form's last submit button, made once so that screen readers follow it as a live region.
  function marker(form) {
    let m = form.querySelector("[data-unsaved-marker]");
    const buttons = form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
    if (m || !buttons.length || !fields(form).length) return m;
    m = document.createElement("span");
    m.className = "unsaved-marker";
    m.id = "unsaved-" + (++markers);
    m.dataset.unsavedMarker = "";
    m.setAttribute("role", "status");
    m.setAttribute("aria-live", "polite");
    buttons.forEach((b) => b.setAttribute("aria-describedby",
      ((b.getAttribute("aria-describedby") || "") + " " + m.id).trim()));
    buttons[buttons.length - 1].after(m);
    return m;
  }

  function update(form) {
    const dirty = isDirty(form);
    if (dirty) form.dataset.dirty = "true";
    else delete form.dataset.dirty;
    const m = marker(form);
    const text = !dirty ? "" : form.dataset.changedSince ? "Unsaved changes; this part changed since you began " +
      "typing, so saving it shows what changed first." : "Unsaved changes";
    if (m && m.textContent !== text) m.textContent = text;
  }

  // Saved by script: what the fields hold now is what was saved.
  function saved(form) {
    fields(form).forEach((el) => {
      if (checkable(el)) el.defaultChecked = el.checked;
      else if (el.tagName === "SELECT") {
        const value = el.value; // changing which option is the default may change the choice: kept as it is
        Array.from(el.options).forEach((o) => { o.defaultSelected = o.value === value; });
        el.value = value;
      } else el.defaultValue = el.value;
    });
    typeable(form).forEach((el) => asLoaded.add(el));
    form.removeAttribute("data-typed-unsaved");
    delete form.dataset.changedSince;
    update(form);
  }

  // A form as found again on the page loaded next: its action and the hidden fields that say what it edits (a
  // section's path, a finding's rule and words), not those of its rows, which change as rows are added or saved.
  function key(form) {
    const which = Array.from(form.elements).filter((el) => el.type === "hidden" && el.name &&
      !/^(_csrf|revision|row\..*)$/.test(el.name)).map((el) => el.name + "=" + el.value);
    return form.getAttribute("action") + "?" + which.join("&");
  }

  function stash(leaving) {
    const incident = document.getElementById("incident");
    const forms = tracked().filter((f) => f !== leaving && isDirty(f)).map((f) => ({
      key: key(f),
      revision: f.elements.namedItem("revision") ? f.elements.namedItem("revision").value : null,
      loaded: named(f, loaded).filter(([, , el]) => asLoaded.has(el)).map(([id, v]) => [id, v]),
      typed: named(f, now).map(([id, v]) => [id, v]),
    }));
    try {
      const kept = { incident: incident.dataset.id, at: Date.now(), forms };
      if (forms.length) sessionStorage.setItem(STASH, JSON.stringify(kept));
      else sessionStorage.removeItem(STASH);
    } catch (e) {
      // storage refused (private mode, full): the typing cannot be carried over, so leaving asks as it would
      if (forms.length) return false;
    }
    return true;
  }

  // Rows typed into rows added with "Add": added again (quietly, app.js) until the form has the field.
  function addRowsFor(form, ids) {
    const add = form.querySelector("[data-add-row]");
    if (!add) return;
    const have = new Set(named(form, now).map(([id]) => id));
    let room = 100;
    ids.filter((id) => !have.has(id)).forEach((id) => {
      const field = id.split("#")[0].replace(/=.*$/, "");
      while (room-- > 0 && !form.elements.namedItem(field)) add.dispatchEvent(new CustomEvent("hindsight:add-row"));
    });
  }

  function restore() {
    let kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(STASH) || "null");
    } catch (e) {
      kept = null;
    }
    const incident = document.getElementById("incident");
    if (!kept) return;
    const fresh = Date.now() - kept.at <= STASH_MS;
    if (!fresh || incident && kept.incident === incident.dataset.id) sessionStorage.removeItem(STASH);
    if (!fresh || !incident || kept.incident !== incident.dataset.id) return; // kept for its own page a while
    kept.forms.forEach((k) => {
      const form = tracked().find((f) => key(f) === k.key);
      if (!form) return;
      const same = JSON.stringify(named(form, loaded).map(([id, v]) => [id, v])) === JSON.stringify(k.loaded);
      addRowsFor(form, k.typed.map(([id]) => id));
      const byId = new Map(named(form, now).map(([id, , el]) => [id, el]));
      k.typed.forEach(([id, value]) => {
        const el = byId.get(id);
        if (!el) return;
        if (checkable(el)) el.checked = value;
        else {
          if (el.tagName === "SELECT" && !Array.from(el.options).some((o) => o.value === value)) {
            el.append(new Option(value, value)); // a zone the page loaded next does not offer
          }
          el.value = value;
        }
        el.dispatchEvent(new Event("input", { bubbles: true })); // the review assistant and the gaps follow it
      });
      if (!same && k.revision !== null) {
        form.elements.namedItem("revision").value = k.revision;
        form.dataset.changedSince = k.revision;
      }
      const details = form.closest("details");
      if (details) details.open = true;
      update(form);
    });
  }

  document.addEventListener("input", (event) => {
    const form = event.target.form || event.target.closest && event.target.closest("form");
    if (form && form.matches(FORMS)) update(form);
  });
  document.addEventListener("change", (event) => {
    if (event.target.form && event.target.form.matches(FORMS)) update(event.target.form);
  });
  document.addEventListener("hindsight:edited", (event) => update(event.target));
  document.addEventListener("hindsight:saved", (event) => saved(event.target));

  // A form as the page (or app.js's refresh of it) brought it: its fields are what was loaded, and its marker made.
  function adopt(form) {
    typeable(form).forEach((el) => asLoaded.add(el));
    update(form);
  }

  document.addEventListener("hindsight:bound", (event) => event.detail.querySelectorAll(FORMS).forEach(adopt));

  // Sent through its own Save (not by script): the others' typing goes with the page, so nothing is asked.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !form.matches(FORMS)) return;
    leaving = form;
    carried = stash(form);
  });

  window.addEventListener("beforeunload", (event) => {
    const left = leaving;
    leaving = null; // asked once: a save stopped before its answer leaves the next departure to ask again
    if (left && carried) return;
    if (!tracked().some((f) => f !== left && isDirty(f))) return;
    event.preventDefault();
    event.returnValue = ""; // older browsers ask only when this is set
  });
  window.addEventListener("pageshow", () => { leaving = null; });

  document.addEventListener("DOMContentLoaded", () => {
    tracked().forEach(adopt);
    restore();
  });
})();
