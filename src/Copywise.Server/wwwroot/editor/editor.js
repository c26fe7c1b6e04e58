// The Copywise editor: the article's fields and body, analysed by the service as the writer types.
// The body is a contenteditable element; it is sent as HTML written by serialize(), which also records where each
// text node landed, so the marks of a result (offsets into that HTML) map back onto the page for highlighting.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const editor = $("body-editor");
  const fields = {
    title: $("title"), permalink: $("permalink"), slug: $("slug"), description: $("description"),
    keyphrase: $("keyphrase"), synonyms: $("synonyms"), related: $("related"), language: $("language"),
    cornerstone: $("cornerstone"),
  };
  const ANALYSIS_DELAY = 300;
  const PREVIEW_DELAY = 120;
  const RATING_ORDER = { bad: 0, ok: 1, feedback: 2, good: 3 };
  const RATING_WORD = { bad: "Problem", ok: "Improvement", feedback: "Note", good: "Good" };
  const HIGHLIGHT = "copywise-marks";

  let analysisTimer = 0, previewTimer = 0;
  let analysisSeq = 0, previewSeq = 0;
  let analysisAbort = null;
  let editVersion = 0;
  let current = null; // { result, map, version } of the analysis on screen
  let activeEye = null;
  let savedRange = null;
  let catalogue = new Map();

  // ---- serialization with an offset map -------------------------------------------------------------------------

  const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "td", "th", "pre"]);
  const INLINE = new Set(["strong", "b", "em", "i", "u", "s", "code", "sub", "sup", "small", "mark", "abbr", "q", "cite"]);
  const escapeText = (s) => s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
  const escapeAttr = (s) => s.replace(/[&"]/g, (c) => (c === "&" ? "&amp;" : "&quot;"));

  function serialize(root) {
    let html = "";
    const texts = []; // { node, start, end, escaped }
    const images = []; // { node, start, end }
    function walk(parent) {
      for (const node of parent.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const escaped = escapeText(node.data);
          texts.push({ node, start: html.length, end: html.length + escaped.length, escaped: escaped.length !== node.data.length });
          html += escaped;
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const tag = node.tagName.toLowerCase();
        if (tag === "br") { html += "<br>"; continue; }
        if (tag === "img") {
          const start = html.length;
          html += `<img src="${escapeAttr(node.getAttribute("src") || "")}" alt="${escapeAttr(node.getAttribute("alt") || "")}">`;
          images.push({ node, start, end: html.length });
          continue;
        }
        if (tag === "script" || tag === "style" || tag === "template") continue;
        let open = "", close = "";
        if (BLOCKS.has(tag) || INLINE.has(tag)) { open = `<${tag}>`; close = `</${tag}>`; }
        else if (tag === "div") { open = "<p>"; close = "</p>"; }
        else if (tag === "a") { open = `<a href="${escapeAttr(node.getAttribute("href") || "")}">`; close = "</a>"; }
        html += open;
        walk(node);
        html += close;
      }
    }
    walk(root);
    return { html, texts, images };
  }

  // The DOM position of an offset into the serialized HTML; side "start" moves forward out of markup, "end" backward.
  function locate(map, offset, side) {
    const t = map.texts;
    let lo = 0, hi = t.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid].start <= offset) { hit = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (hit >= 0 && (offset < t[hit].end || (side === "end" && offset === t[hit].end))) return position(t[hit], offset);
    if (side === "start") { const next = t[hit + 1]; return next ? { node: next.node, offset: 0 } : null; }
    const prev = hit >= 0 ? t[hit] : null;
    return prev ? { node: prev.node, offset: prev.node.data.length } : null;
  }

  function position(entry, offset) {
    const data = entry.node.data;
    if (!entry.escaped) return { node: entry.node, offset: Math.min(offset - entry.start, data.length) };
    let at = entry.start, i = 0;
    while (i < data.length) {
      const width = escapeText(data[i]).length;
      if (at + width > offset) break;
      at += width;
      i++;
    }
    return { node: entry.node, offset: i };
  }

  // ---- the paper and the requests ---------------------------------------------------------------------------------

  function pageUrl() {
    let base = fields.permalink.value.trim();
    const slug = fields.slug.value.trim().replace(/^\/+|\/+$/g, "");
    if (!base) return "";
    if (!/^[a-z]+:\/\//i.test(base)) base = "https://" + base;
    return slug ? base.replace(/\/?$/, "/") + encodeURIComponent(slug) + "/" : base;
  }

  function paper(html) {
    return {
      format: "html",
      text: html,
      title: fields.title.value,
      description: fields.description.value,
      slug: fields.slug.value.trim(),
      permalink: pageUrl(),
      keyphrase: fields.keyphrase.value,
      synonyms: fields.synonyms.value,
      related: fields.related.value.split("\n").map((s) => s.trim()).filter(Boolean),
      locale: fields.language.value,
      cornerstone: fields.cornerstone.checked,
    };
  }

  async function postJson(url, body, signal) {
    const response = await fetch(url, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal,
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = data && (data.detail || data.title);
      throw new Error(detail || `The service answered ${response.status}.`);
    }
    return data;
  }

  function scheduleAnalysis() {
    clearTimeout(analysisTimer);
    analysisTimer = setTimeout(analyze, ANALYSIS_DELAY);
  }

  async function analyze() {
    const seq = ++analysisSeq;
    const version = editVersion;
    if (analysisAbort) analysisAbort.abort();
    const abort = (analysisAbort = new AbortController());
    const map = serialize(editor);
    setStatus("Analysing…");
    try {
      const result = await postJson("/api/v1/analyze", paper(map.html), abort.signal);
      // Only the newest request may paint; an older answer that arrives late is dropped.
      if (seq !== analysisSeq) return;
      current = { result, map, version };
      render(result);
      setStatus(`Analysed ${result.facts.wordCount} words.`);
    } catch (error) {
      if (seq !== analysisSeq || error.name === "AbortError") return;
      setStatus(error.message, true);
    }
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, PREVIEW_DELAY);
  }

  async function preview() {
    const seq = ++previewSeq;
    try {
      const data = await postJson("/api/v1/preview", {
        title: fields.title.value, description: fields.description.value, slug: fields.slug.value,
        permalink: fields.permalink.value, excerpt: editor.innerText.slice(0, 400),
      });
      if (seq !== previewSeq) return;
      renderPreview(data);
    } catch (error) {
      if (seq === previewSeq) setStatus(error.message, true);
    }
  }

  function setStatus(text, isError = false) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  // ---- results ---------------------------------------------------------------------------------------------------

  function overallRating(score, available) {
    if (!available) return "feedback";
    return score <= 40 ? "bad" : score <= 70 ? "ok" : "good";
  }

  function render(result) {
    clearHighlight();
    const hasKeyphrase = result.paper.keyphrase.trim().length > 0;
    renderScore("seo", result.seo.score, hasKeyphrase, hasKeyphrase ? "" : "add a focus keyphrase");
    renderScore("readability", result.readability.score, result.facts.wordCount > 0, "write some text");
    renderResults($("seo-results"), result.seo.results);
    renderResults($("readability-results"), result.readability.results);
    const related = $("related-results");
    related.replaceChildren();
    for (const r of result.related) {
      const details = document.createElement("details");
      details.className = "related";
      const summary = document.createElement("summary");
      summary.textContent = `Related keyphrase “${r.keyphrase}”: ${r.score}/100`;
      const list = document.createElement("ul");
      list.className = "results";
      renderResults(list, r.results);
      details.append(summary, list);
      related.append(details);
    }
    renderFacts(result);
  }

  function renderScore(group, score, available, missing) {
    const rating = overallRating(score, available);
    $(`${group}-score`).dataset.rating = rating;
    const words = { bad: "needs work", ok: "could be better", good: "good" };
    $(`${group}-score-value`).textContent = available ? `${words[rating]}, ${score}/100` : `not available: ${missing}`;
  }

  function renderResults(list, results) {
    const sorted = results.map((r, i) => ({ r, i }))
      .sort((a, b) => RATING_ORDER[a.r.rating] - RATING_ORDER[b.r.rating] || a.i - b.i)
      .map((x) => x.r);
    list.replaceChildren(...sorted.map(resultItem));
  }

  function resultItem(r) {
    const li = document.createElement("li");
    li.className = "result";
    li.dataset.rating = r.rating;
    li.dataset.id = r.id;
    const bullet = document.createElement("span");
    bullet.className = "bullet";
    bullet.setAttribute("aria-hidden", "true");
    const body = document.createElement("div");
    const text = document.createElement("p");
    text.className = "text";
    const word = document.createElement("span");
    word.className = "visually-hidden";
    word.textContent = RATING_WORD[r.rating] + ": ";
    const colon = r.text.indexOf(": ");
    if (colon > 0) {
      const name = document.createElement("strong");
      name.textContent = r.text.slice(0, colon + 1);
      text.append(word, name, " " + r.text.slice(colon + 2));
    } else {
      text.append(word, r.text);
    }
    body.append(text);
    if (r.fix) {
      const fix = document.createElement("p");
      fix.className = "fix";
      fix.textContent = "Fix: " + r.fix;
      body.append(fix);
    }
    const info = catalogue.get(r.id);
    if (info && info.summary && info.summary !== info.name) body.title = info.summary;
    li.append(bullet, body);
    if (r.marks.length > 0) {
      const eye = document.createElement("button");
      eye.type = "button";
      eye.className = "eye";
      eye.setAttribute("aria-pressed", "false");
      const name = colon > 0 ? r.text.slice(0, colon) : r.id;
      eye.setAttribute("aria-label", `Highlight in the text: ${name}`);
      eye.title = "Highlight in the text";
      eye.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 5C6.5 5 2.7 9.1 1.5 12c1.2 2.9 5 7 10.5 7s9.3-4.1 10.5-7C21.3 9.1 17.5 5 12 5zm0 11.5A4.5 4.5 0 1 1 12 7.5a4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z"/></svg>';
      eye.addEventListener("click", () => toggleHighlight(eye, r.marks));
      li.append(eye);
    }
    return li;
  }

  function renderFacts(result) {
    const f = result.facts;
    const rows = [
      ["Words", f.wordCount], ["Sentences", f.sentenceCount], ["Paragraphs", f.paragraphCount],
      ["Keyphrase found", f.keyphraseCount],
    ];
    if (f.fleschReadingEase !== null && f.fleschReadingEase !== undefined) rows.push(["Flesch reading ease", f.fleschReadingEase]);
    if (f.readingTimeMinutes !== undefined) rows.push(["Reading time", `${f.readingTimeMinutes} min`]);
    $("facts").replaceChildren(...rows.flatMap(([k, v]) => {
      const dt = document.createElement("dt"); dt.textContent = k;
      const dd = document.createElement("dd"); dd.textContent = String(v);
      return [dt, dd];
    }));
    $("notes").replaceChildren(...result.notes.map((n) => { const li = document.createElement("li"); li.textContent = n; return li; }));
  }

  // ---- highlighting ----------------------------------------------------------------------------------------------

  function toggleHighlight(eye, marks) {
    const wasActive = activeEye === eye;
    clearHighlight();
    if (wasActive || !current) return;
    if (current.version !== editVersion) {
      $("highlight-status").textContent = "The text changed; wait for the new analysis.";
      return;
    }
    const ranges = [];
    let images = 0;
    for (const m of marks) {
      for (const img of current.map.images) {
        if (img.start < m.end && m.start < img.end && img.node.isConnected) { img.node.classList.add("marked"); images++; }
      }
      const start = locate(current.map, m.start, "start");
      const end = locate(current.map, m.end, "end");
      if (!start || !end || !start.node.isConnected || !end.node.isConnected) continue;
      const range = document.createRange();
      try {
        range.setStart(start.node, Math.min(start.offset, start.node.length));
        range.setEnd(end.node, Math.min(end.offset, end.node.length));
      } catch { continue; }
      if (!range.collapsed) ranges.push(range);
    }
    if ("highlights" in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    eye.setAttribute("aria-pressed", "true");
    activeEye = eye;
    editor.dataset.marks = String(ranges.length + images);
    $("highlight-status").textContent = `${ranges.length + images} ${ranges.length + images === 1 ? "place" : "places"} highlighted in the text.`;
    const first = ranges[0];
    if (first) first.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
  }

  function clearHighlight() {
    if ("highlights" in CSS) CSS.highlights.delete(HIGHLIGHT);
    for (const img of editor.querySelectorAll("img.marked")) img.classList.remove("marked");
    if (activeEye) activeEye.setAttribute("aria-pressed", "false");
    activeEye = null;
    delete editor.dataset.marks;
    $("highlight-status").textContent = "";
  }

  // ---- preview and meters ----------------------------------------------------------------------------------------

  function renderPreview(data) {
    const mobile = document.querySelector('input[name="mode"]:checked').value === "mobile";
    const mode = mobile ? data.mobile : data.desktop;
    const snippet = $("snippet");
    snippet.className = "snippet " + (mobile ? "mobile" : "desktop");
    $("snippet-url").textContent = data.breadcrumb;
    $("snippet-title").textContent = mode.title.text;
    $("snippet-description").textContent = mode.description.text;
    snippet.dataset.titleTruncated = String(mode.title.truncated);
    snippet.dataset.descriptionTruncated = String(mode.description.truncated);
    const width = data.desktop.title.size;
    setMeter("title", width, data.desktop.title.limit, !fields.title.value.trim() ? "feedback" : width > data.desktop.title.limit ? "bad" : "good",
      `${Math.round(width)} of ${data.desktop.title.limit} px`);
    const length = [...new Intl.Segmenter().segment(fields.description.value)].length;
    const limit = data.desktop.description.limit;
    setMeter("description", length, limit, length === 0 ? "feedback" : length <= 120 ? "ok" : length > limit ? "bad" : "good",
      `${length} of ${limit} characters`);
  }

  function setMeter(name, value, max, rating, text) {
    const meter = $(`${name}-meter`);
    meter.dataset.rating = rating;
    meter.setAttribute("aria-valuenow", String(Math.round(value)));
    meter.setAttribute("aria-valuemax", String(max));
    meter.setAttribute("aria-valuetext", text);
    meter.querySelector(".meter-bar").style.width = `${Math.min(100, (value / max) * 100)}%`;
    $(`${name}-meter-text`).textContent = text;
  }

  // ---- editing ---------------------------------------------------------------------------------------------------

  // Any edit asks for a new analysis; an edit of the text also drops highlights, whose offsets it made stale.
  function edited(event) {
    if (!event || event.target === editor || event.target === undefined) {
      editVersion++;
      clearHighlight();
    }
    editor.classList.toggle("empty", editor.textContent.trim() === "" && !editor.querySelector("img"));
    scheduleAnalysis();
    schedulePreview();
  }

  function rememberSelection() {
    const selection = document.getSelection();
    if (selection.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)) savedRange = selection.getRangeAt(0).cloneRange();
  }

  function restoreSelection() {
    editor.focus();
    if (!savedRange) return;
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(savedRange);
  }

  function command(name) {
    restoreSelection();
    switch (name) {
      case "paragraph": document.execCommand("formatBlock", false, "p"); break;
      case "h2": document.execCommand("formatBlock", false, "h2"); break;
      case "h3": document.execCommand("formatBlock", false, "h3"); break;
      case "bold": document.execCommand("bold"); break;
      case "italic": document.execCommand("italic"); break;
      case "ul": document.execCommand("insertUnorderedList"); break;
      case "ol": document.execCommand("insertOrderedList"); break;
      case "unlink": document.execCommand("unlink"); break;
      case "link": openLinkDialog(); return;
      case "image": openImageDialog(null); return;
    }
    edited();
  }

  function openLinkDialog() {
    rememberSelection();
    const dialog = $("link-dialog");
    const anchor = savedRange && closest(savedRange.startContainer, "a");
    $("link-url").value = anchor ? anchor.getAttribute("href") : "";
    $("link-text").value = "";
    dialog.returnValue = "";
    dialog.showModal();
  }

  function openImageDialog(image) {
    rememberSelection();
    const dialog = $("image-dialog");
    dialog.target = image;
    $("image-src").value = image ? image.getAttribute("src") : "";
    $("image-alt").value = image ? image.getAttribute("alt") || "" : "";
    dialog.returnValue = "";
    dialog.showModal();
  }

  function closest(node, selector) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const found = element && element.closest(selector);
    return found && editor.contains(found) ? found : null;
  }

  const safeUrl = (url) => /^(https?:|mailto:|\/|#|\.)/i.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());

  function insertLink() {
    const url = $("link-url").value.trim();
    if (!url || !safeUrl(url)) return;
    restoreSelection();
    const selection = document.getSelection();
    if (selection.isCollapsed) {
      const a = document.createElement("a");
      a.href = url;
      a.textContent = $("link-text").value.trim() || url;
      document.execCommand("insertHTML", false, a.outerHTML);
    } else {
      document.execCommand("createLink", false, url);
    }
    edited();
  }

  function saveImage() {
    const src = $("image-src").value.trim();
    const alt = $("image-alt").value.trim();
    const dialog = $("image-dialog");
    if (!src || !safeUrl(src)) return;
    if (dialog.target) {
      dialog.target.setAttribute("src", src);
      dialog.target.setAttribute("alt", alt);
    } else {
      restoreSelection();
      const img = document.createElement("img");
      img.src = src;
      img.alt = alt;
      document.execCommand("insertHTML", false, img.outerHTML);
    }
    edited();
  }

  // Pasted HTML keeps only what an article needs: structure, emphasis, links and images with their alt text.
  function clean(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const out = document.createDocumentFragment();
    function copy(from, to) {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) { to.append(node.data); continue; }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const tag = node.tagName.toLowerCase();
        if (["script", "style", "template", "head", "title", "meta", "link", "iframe", "object", "noscript", "svg", "button", "form", "input", "select", "textarea"].includes(tag)) continue;
        let element = null;
        if (tag === "img") {
          const src = node.getAttribute("src") || "";
          if (!src || !(safeUrl(src) || src.startsWith("data:image/"))) continue;
          element = document.createElement("img");
          element.setAttribute("src", src);
          element.setAttribute("alt", node.getAttribute("alt") || "");
          to.append(element);
          continue;
        }
        if (tag === "br") { to.append(document.createElement("br")); continue; }
        if (tag === "a") {
          const href = node.getAttribute("href") || "";
          if (href && safeUrl(href)) { element = document.createElement("a"); element.setAttribute("href", href); }
        } else if (BLOCKS.has(tag) || INLINE.has(tag)) {
          element = document.createElement(tag);
        }
        if (element) { copy(node, element); to.append(element); } else copy(node, to);
      }
    }
    copy(doc.body, out);
    return out;
  }

  function insertFragment(fragment) {
    restoreSelection();
    const selection = document.getSelection();
    let range = selection.rangeCount ? selection.getRangeAt(0) : null;
    if (!range || !editor.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
    }
    range.deleteContents();
    const hasBlocks = [...fragment.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE && BLOCKS.has(n.tagName.toLowerCase()));
    const last = fragment.lastChild;
    if (hasBlocks) {
      // Blocks go beside the block holding the caret, or replace it when it is empty.
      let block = range.startContainer;
      while (block && block.parentNode !== editor) block = block.parentNode;
      if (!block || block === editor) editor.append(fragment);
      else if (block.textContent.trim() === "" && !(block.querySelector && block.querySelector("img"))) block.replaceWith(fragment);
      else block.after(fragment);
    } else {
      range.insertNode(fragment);
    }
    if (last) {
      const after = document.createRange();
      after.selectNodeContents(last.nodeType === Node.ELEMENT_NODE ? last : last.parentNode);
      after.collapse(false);
      selection.removeAllRanges();
      selection.addRange(after);
    }
    edited();
  }

  async function paste(event) {
    event.preventDefault();
    rememberSelection();
    const data = event.clipboardData;
    const html = data.getData("text/html");
    const text = data.getData("text/plain");
    if (html) { insertFragment(clean(html)); return; }
    if (!text) return;
    // A few words go in as they are; anything longer may be Markdown, HTML or structured text.
    if (!/\n/.test(text.trim()) && !/^\s*</.test(text) && !/^\s*(#{1,6} |---)/.test(text)) {
      restoreSelection();
      document.execCommand("insertText", false, text);
      edited();
      return;
    }
    setStatus("Converting the pasted text…");
    try {
      const converted = await postJson("/api/v1/convert", { text, format: "auto" });
      insertFragment(clean(converted.html));
      fill(converted);
    } catch (error) {
      setStatus(error.message, true);
    }
  }

  // Attributes the pasted text carried fill the fields that are still empty.
  function fill(converted) {
    const pairs = [["title", "title"], ["description", "description"], ["keyphrase", "keyphrase"], ["synonyms", "synonyms"], ["slug", "slug"]];
    for (const [field, key] of pairs) {
      if (!fields[field].value.trim() && converted[key]) fields[field].value = converted[key];
    }
    if (converted.locale) {
      const code = converted.locale.split(/[-_]/)[0].toLowerCase();
      if ([...fields.language.options].some((o) => o.value === code)) fields.language.value = code;
    }
    edited();
  }

  // ---- start -----------------------------------------------------------------------------------------------------

  async function loadCatalogues() {
    try {
      const [languages, assessments] = await Promise.all([
        fetch("/api/v1/languages").then((r) => r.json()),
        fetch("/api/v1/assessments").then((r) => r.json()),
      ]);
      const select = fields.language;
      const chosen = select.value;
      select.replaceChildren(...languages.map((l) => new Option(`${l.name} (${l.code})`, l.code)));
      select.value = languages.some((l) => l.code === chosen) ? chosen : languages[0]?.code ?? "en";
      catalogue = new Map(assessments.map((a) => [a.id, a]));
    } catch {
      // The editor works without the catalogues: English stays selected.
    }
  }

  document.execCommand("defaultParagraphSeparator", false, "p");
  editor.addEventListener("input", edited);
  editor.addEventListener("paste", paste);
  editor.addEventListener("click", (e) => { if (e.target instanceof HTMLImageElement) openImageDialog(e.target); });
  editor.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === "k") { e.preventDefault(); rememberSelection(); openLinkDialog(); }
    else if (e.altKey && ["0", "2", "3"].includes(key)) { e.preventDefault(); rememberSelection(); command(key === "0" ? "paragraph" : "h" + key); }
  });
  document.addEventListener("selectionchange", rememberSelection);
  for (const button of document.querySelectorAll(".toolbar button")) {
    // Keep the caret in the text when the mouse presses a button.
    button.addEventListener("mousedown", (e) => e.preventDefault());
    button.addEventListener("click", () => command(button.dataset.command));
  }
  for (const field of Object.values(fields)) {
    // Text fields say "input" on every key; a select and a checkbox say "change".
    field.addEventListener(field.type === "checkbox" || field.tagName === "SELECT" ? "change" : "input", edited);
  }
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener("change", preview);
  // The dialogs act once closed, when the text can take the focus again.
  $("link-dialog").addEventListener("close", () => ($("link-dialog").returnValue === "ok" ? insertLink() : restoreSelection()));
  $("image-dialog").addEventListener("close", () => ($("image-dialog").returnValue === "ok" ? saveImage() : restoreSelection()));
  for (const cancel of document.querySelectorAll("dialog .cancel")) cancel.addEventListener("click", () => cancel.closest("dialog").close(""));

  loadCatalogues();
  edited();
})();
