// The review assistant's help with the whole record typed as JSON (loaded before review-assistant.js, which uses
// it): finding a finding's words inside the JSON strings, rewriting them there, pointing at the line and column a
// syntax error names, and saying, without sending it, that a document is over what the check reads. User text only
// ever goes into the page as text.
"use strict";

window.hindsightJsonEditor = (function () {
  // Text as it stands inside a JSON string in the document (what JSON.stringify writes between the quotes).
  const inJson = (text) => JSON.stringify(text).slice(1, -1);

  // The document past the bound the server checks (its textarea's data-lint-max, in bytes of UTF-8) as a problem to
  // show instead of sending it; null when it may be sent.
  function tooBig(form) {
    const doc = form.querySelector("textarea[data-lint-max]");
    if (!doc) return null;
    const bytes = new TextEncoder().encode(doc.value).length;
    const most = Number(doc.dataset.lintMax);
    return bytes > most ? "is " + Math.ceil(bytes / 1024) + " KiB; the check reads at most " + most / 1024 +
      " KiB, so nothing was checked (it can still be saved)" : null;
  }

  // The character offset of a 1-based line and column in text.
  function offsetOf(text, line, column) {
    let at = 0;
    for (let n = 1; n < line; n++) {
      const next = text.indexOf("\n", at);
      if (next < 0) return text.length;
      at = next + 1;
    }
    return Math.min(text.length, at + Math.max(0, column - 1));
  }

  // A list item with a link to the place each problem names by line and column, if any does.
  function wherePlaces(doc, errors) {
    return errors.map((e) => /line (\d+), column (\d+)/.exec(e.problem)).filter((at) => at).map((at) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#" + doc.id;
      link.textContent = "Go to line " + at[1] + ", column " + at[2];
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const where = offsetOf(doc.value, Number(at[1]), Number(at[2]));
        doc.focus();
        doc.setSelectionRange(where, where);
      });
      item.append(link);
      return item;
    });
  }

  // The finding's words as they are written in the JSON, else its field's last name ("owner" of actionItems[0].owner).
  function select(doc, f) {
    let words = f.excerpt ? inJson(f.excerpt) : "";
    let at = words ? doc.value.indexOf(words) : -1;
    if (at < 0) {
      words = '"' + f.field.replace(/\[\d+\]$/, "").split(".").pop().replace(/\[.*$/, "") + '"';
      at = doc.value.indexOf(words);
    }
    if (at >= 0) doc.setSelectionRange(at, at + words.length);
  }

  // The finding's words rewritten where they stand in the JSON; false if they are no longer there.
  function replace(doc, f) {
    const words = inJson(f.excerpt);
    const at = doc.value.indexOf(words);
    if (at < 0) return false;
    doc.setRangeText(inJson(f.replacement), at, at + words.length, "end");
    return true;
  }

  return { inJson, tooBig, wherePlaces, select, replace };
})();
