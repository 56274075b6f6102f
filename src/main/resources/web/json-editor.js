// The review assistant's help with the whole record typed as JSON (loaded before review-assistant.js, which uses
// it): finding a finding's words inside the JSON string of its field, rewriting them there, pointing at the line and
// column a syntax error names, and saying, without sending it, that a document is over what the check reads. User
// text only ever goes into the page as text.
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

  // A field's path in the record ("analysis.lessons[0].learned") as its steps: names, and indexes as numbers.
  function steps(field) {
    const out = [];
    const step = /([^.[\]]+)|\[(\d+)]/g;
    for (let m = step.exec(field); m; m = step.exec(field)) out.push(m[2] === undefined ? m[1] : Number(m[2]));
    return out;
  }

  // The document parsed, once for all the findings shown on the same text.
  let last = { text: null, tree: undefined };
  function parsed(text) {
    if (last.text !== text) last = { text, tree: JSON.parse(text) }; // a document that does not parse throws
    return last.tree;
  }

  // Where the string of a field is written in the document: its literal's offsets, quotes included, and its value;
  // null when the document does not parse or holds no string at that path. The text is read where it stands, not
  // written anew, so that a rewrite there leaves every other character of the document as typed.
  function literalAt(text, field) {
    const path = steps(field);
    let value;
    try {
      value = path.reduce((node, step) => (node !== null && typeof node === "object" ? node[step] : undefined),
        parsed(text));
    } catch (e) {
      return null;
    }
    if (typeof value !== "string") return null;
    let i = 0;
    const space = () => { while (i < text.length && " \t\n\r".includes(text[i])) i++; };
    const string = () => { // from its opening quote to past its closing one
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      return text.slice(start, ++i);
    };
    const skip = () => { // past one value (the document parses, so every bracket closes)
      if (text[i] === '"') {
        string();
      } else if (text[i] === "{" || text[i] === "[") {
        let depth = 0;
        do {
          const c = text[i];
          if (c === '"') {
            string();
          } else {
            if (c === "{" || c === "[") depth++;
            else if (c === "}" || c === "]") depth--;
            i++;
          }
        } while (depth > 0 && i < text.length);
      } else {
        while (i < text.length && !/[,\]}\s]/.test(text[i])) i++; // a number, true, false or null
      }
    };
    for (const step of path) {
      space();
      const inArray = typeof step === "number";
      if (text[i++] !== (inArray ? "[" : "{")) return null;
      for (let n = 0; ; n++) {
        space();
        if (text[i] === "]" || text[i] === "}") return null;
        if (!inArray) {
          const name = JSON.parse(string());
          space();
          i++; // the colon
          space();
          if (name === step) break;
        } else if (n === step) {
          break;
        }
        skip();
        space();
        if (text[i] === ",") i++;
      }
    }
    space();
    if (text[i] !== '"') return null;
    const start = i;
    // A name written twice in one object is read as its last: the one found first must say the same.
    return JSON.parse(string()) === value ? { start, end: i, value } : null;
  }

  // The finding's span in its field's text, or its words wherever they moved to in that text; null if gone.
  function spanIn(value, f) {
    if (!f.excerpt) return null;
    if (f.start >= 0 && value.slice(f.start, f.end) === f.excerpt) return [f.start, f.end];
    const at = value.indexOf(f.excerpt);
    return at < 0 ? null : [at, at + f.excerpt.length];
  }

  // The finding's words inside its field's JSON string: offsets in the document and that field's literal.
  function wordsAt(doc, f) {
    const at = literalAt(doc.value, f.field);
    const span = at && spanIn(at.value, f);
    if (!span) return null;
    const from = at.start + 1 + inJson(at.value.slice(0, span[0])).length;
    return { from, to: from + inJson(f.excerpt).length, literal: at, span };
  }

  // The finding's words as they are written in its field in the JSON, else wherever the JSON has them, else its
  // field's last name ("owner" of actionItems[0].owner).
  function select(doc, f) {
    const there = wordsAt(doc, f);
    if (there) {
      doc.setSelectionRange(there.from, there.to);
      return;
    }
    let words = f.excerpt ? inJson(f.excerpt) : "";
    let at = words ? doc.value.indexOf(words) : -1;
    if (at < 0) {
      words = '"' + f.field.replace(/\[\d+\]$/, "").split(".").pop().replace(/\[.*$/, "") + '"';
      at = doc.value.indexOf(words);
    }
    if (at >= 0) doc.setSelectionRange(at, at + words.length);
  }

  // Whether replace(doc, f, exactly) would find the finding's words.
  const holds = (doc, f, exactly) => !!wordsAt(doc, f) || !exactly && !!f.excerpt &&
    doc.value.includes(inJson(f.excerpt));

  // The finding's words rewritten in its own field of the JSON: its span of that field's text (or its words found
  // again in that text); the field's string written again as JSON writes it. Failing that, unless exactly (a rewrite
  // to be saved at once must land in that field or nowhere), its words wherever they stand in the JSON (a timeline
  // typed out of time order, whose paths the record numbers once sorted). False if the words are no longer there.
  function replace(doc, f, exactly) {
    const there = wordsAt(doc, f);
    if (there) {
      const { literal, span } = there;
      const rewritten = literal.value.slice(0, span[0]) + f.replacement + literal.value.slice(span[1]);
      doc.setRangeText(JSON.stringify(rewritten), literal.start, literal.end, "end");
      return true;
    }
    const words = inJson(f.excerpt);
    const at = exactly || !f.excerpt ? -1 : doc.value.indexOf(words);
    if (at < 0) return false;
    doc.setRangeText(inJson(f.replacement), at, at + words.length, "end");
    return true;
  }

  return { inJson, tooBig, wherePlaces, select, holds, replace };
})();
