"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const L = data.labels;
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  $("title").textContent = L["audit.title"];
  const totals = [["reports", L["audit.page.reports"]], ["unreadable", L["audit.unreadable"]],
    ["error", L["audit.col.error"]], ["warning", L["audit.col.warning"]], ["info", L["audit.col.info"]]];
  for (const [key, label] of totals) {
    const s = el("span", {"data-total": key});
    s.append(label + " ", el("b", {}, String(data.totals[key])));
    $("totals").append(s);
  }

  $("chart-title").textContent = L["audit.by_rule"];
  const most = Math.max(1, ...data.rules.map((r) => r.findings));
  for (const r of data.rules) {
    const bar = el("div", {class: "bar", "data-rule": r.rule});
    bar.append(el("span", {class: "label"}, r.rule + " " + r.name),
      el("span", {class: "fill", style: "width:" + Math.round(400 * r.findings / most) + "px"}),
      el("span", {class: "count"}, String(r.findings)));
    $("chart").append(bar);
  }

  $("reports-title").textContent = L["audit.page.reports"];
  $("filter").placeholder = L["audit.page.filter"];
  const cols = ["path", "organ", "organ_kind", "year", "regime", "error", "warning", "info", "status"];
  const numeric = new Set(["year", "error", "warning", "info"]);
  const head = document.querySelector("#reports thead tr");
  for (const c of cols) head.append(el("th", {"data-key": c}, L["audit.col." + c]));
  let sortKey = null, sortDir = 1;

  function rows() {
    const q = $("filter").value.trim().toLowerCase();
    let list = data.reports.filter((r) => !q || cols.some((c) => String(r[c]).toLowerCase().includes(q)));
    if (sortKey) {
      list = list.slice().sort((a, b) => {
        const x = a[sortKey], y = b[sortKey];
        const d = numeric.has(sortKey) ? (Number(x) || 0) - (Number(y) || 0) : String(x).localeCompare(String(y), "zh");
        return d * sortDir;
      });
    }
    return list;
  }

  function draw() {
    const body = document.querySelector("#reports tbody");
    body.replaceChildren();
    const list = rows();
    for (const r of list) {
      const tr = el("tr", {"data-id": String(r.id)});
      for (const c of cols) {
        const td = el("td", numeric.has(c) ? {class: "num"} : {}, String(r[c]));
        if (["error", "warning", "info"].includes(c) && r[c]) td.classList.add("sev-" + c);
        tr.append(td);
      }
      tr.addEventListener("click", () => show(r.id));
      body.append(tr);
    }
    $("shown").textContent = list.length + " / " + data.reports.length;
  }

  head.addEventListener("click", (e) => {
    const th = e.target.closest("th");
    if (!th) return;
    sortDir = sortKey === th.dataset.key ? -sortDir : 1;
    sortKey = th.dataset.key;
    for (const h of head.children) h.classList.remove("asc", "desc");
    th.classList.add(sortDir > 0 ? "asc" : "desc");
    draw();
  });
  $("filter").addEventListener("input", draw);

  function marked(line, spans) {
    // spans: [start, end) code-point offsets within the line, highlighted as <mark>
    const chars = Array.from(line);
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
      if (a < at) continue;
      frag.append(chars.slice(at, a).join(""));
      frag.append(el("mark", {}, chars.slice(a, Math.max(b, a + 1)).join("")));
      at = Math.max(b, a + 1);
    }
    frag.append(chars.slice(at).join(""));
    return frag;
  }

  function show(id) {
    const r = data.reports[id];
    $("overview").hidden = true;
    $("view").hidden = false;
    $("view-title").textContent = r.path + (r.organ ? " · " + r.organ : "") + (r.year ? " · " + r.year : "");
    const list = $("findings");
    list.replaceChildren();
    if (r.status) list.append(el("li", {class: "sev-error"}, r.status));
    if (!r.findings.length && !r.status) list.append(el("li", {}, L["audit.page.none"]));
    const byLine = new Map();
    for (const f of r.findings) {
      const li = el("li", {class: "sev-" + f.severity, "data-line": String(f.line)});
      li.append(el("code", {}, f.rule), " " + f.line + ":" + f.column + " " + f.message);
      li.addEventListener("click", () => {
        const target = document.getElementById("line-" + f.line);
        if (target) target.scrollIntoView({block: "center"});
      });
      list.append(li);
      if (!byLine.has(f.line)) byLine.set(f.line, []);
      const end = f.end_line === f.line ? f.end_column - 1 : Infinity;
      byLine.get(f.line).push([f.column - 1, end]);
    }
    const text = $("text");
    text.replaceChildren();
    r.text.split("\n").forEach((line, i) => {
      const n = i + 1;
      const div = el("div", {class: "line", id: "line-" + n});
      div.append(el("span", {class: "no"}, String(n)));
      const body = el("span", {class: "src"});
      if (byLine.has(n)) {
        div.classList.add("hit");
        body.append(marked(line, byLine.get(n).map(([a, b]) => [a, Math.min(b, Array.from(line).length)])));
      } else {
        body.textContent = line;
      }
      div.append(body);
      text.append(div);
    });
    window.scrollTo(0, 0);
  }

  $("back").textContent = L["audit.page.back"];
  $("back").addEventListener("click", () => { $("view").hidden = true; $("overview").hidden = false; });
  draw();
})();
