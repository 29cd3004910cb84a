"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const L = data.labels;
  const SEVS = ["error", "warning", "info"];
  const CHUNK = 200;                       // rows drawn at a time: 10,000 rows stay quick
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // What each report can be filtered by, worked out once.
  for (const r of data.reports) {
    r.search = [r.path, r.organ, r.organ_kind, r.year, r.regime, r.status].join("\u0001").toLowerCase();
    r.tags = new Set();
    for (const f of r.findings) {
      r.tags.add(f.rule); r.tags.add(":" + f.severity); r.tags.add(f.rule + ":" + f.severity);
    }
  }

  $("title").textContent = L["audit.title"];
  const totals = [["reports", L["audit.page.reports"]], ["unreadable", L["audit.unreadable"]],
    ["error", L["audit.col.error"]], ["warning", L["audit.col.warning"]], ["info", L["audit.col.info"]]];
  for (const [key, label] of totals) {
    const s = el("span", {"data-total": key});
    s.append(label + " ", el("b", {}, String(data.totals[key])));
    $("totals").append(s);
  }

  // What a server adds (gxlint serve): downloads for all the reports, the way back.
  const link = (d) => el("a", {href: d.href, ...(d.name ? {download: d.name} : {})}, d.label);
  for (const d of data.downloads || []) $("downloads").append(link(d));
  if (data.home) $("downloads").append(link(data.home));

  // The chart: a bar a rule, in one segment a severity; a bar filters the list to its rule.
  $("chart-title").textContent = L["audit.by_rule"];
  const most = Math.max(1, ...data.rules.map((r) => r.findings));
  for (const r of data.rules) {
    const bar = el("button", {type: "button", class: "bar", "data-rule": r.rule,
      title: SEVS.map((s) => L["severity." + s] + " " + r[s]).join(" · ")});
    bar.append(el("span", {class: "label"}, r.rule + " " + r.name));
    for (const s of SEVS) {
      if (r[s]) bar.append(el("span", {class: "fill sev-bg-" + s, style: "width:" + Math.max(2, Math.round(400 * r[s] / most)) + "px"}));
    }
    bar.append(el("span", {class: "count"}, String(r.findings)));
    bar.addEventListener("click", () => go({...state, rule: r.rule, report: ""}, true));
    $("chart").append(bar);
  }

  // Filters, from the values the submission has.
  const distinct = (key) => [...new Set(data.reports.map((r) => String(r[key])).filter((v) => v))].sort();
  const FILTERS = {
    rule: ["audit.page.all_rules", data.rules.map((r) => [r.rule, r.rule + " " + r.name])],
    sev: ["audit.page.all_severities", SEVS.map((s) => [s, L["severity." + s]])],
    kind: ["audit.page.all_kinds", distinct("organ_kind").map((v) => [v, v])],
    regime: ["audit.page.all_regimes", distinct("regime").map((v) => [v, v])],
    year: ["audit.page.all_years", distinct("year").map((v) => [v, v])],
  };
  for (const [key, [all, options]] of Object.entries(FILTERS)) {
    const select = el("select", {id: "f-" + key, "data-filter": key});
    select.append(el("option", {value: ""}, L[all]));
    for (const [value, label] of options) select.append(el("option", {value}, label));
    select.addEventListener("change", () => go({...state, [key]: select.value}, true));
    $("filters").append(select);
  }
  $("clear").textContent = L["audit.page.clear"];
  $("clear").addEventListener("click", () => go({}, true));

  $("reports-title").textContent = L["audit.page.reports"];
  $("filter").placeholder = L["audit.page.filter"];
  $("filter").addEventListener("input", () => go({...state, q: $("filter").value}, false));
  const cols = ["path", "organ", "organ_kind", "year", "regime", "error", "warning", "info", ...data.metrics, "status"];
  const numeric = new Set(["year", "error", "warning", "info", ...data.metrics]);
  const head = document.querySelector("#reports thead tr");
  for (const c of cols) head.append(el("th", {"data-key": c}, L["audit.col." + c]));
  head.addEventListener("click", (e) => {
    const th = e.target.closest("th");
    if (!th) return;
    const dir = state.sort === th.dataset.key && state.dir !== "desc" ? "desc" : "asc";
    go({...state, sort: th.dataset.key, dir}, true);
  });
  const value = (r, c) => (data.metrics.includes(c) ? r.metrics[c] : r[c]);

  function matches(r, s) {
    if (s.q && !r.search.includes(s.q.trim().toLowerCase())) return false;
    if (s.rule || s.sev) {
      const tag = (s.rule || "") + (s.sev ? ":" + s.sev : "");
      if (!r.tags.has(tag)) return false;
    }
    return (!s.kind || r.organ_kind === s.kind) && (!s.regime || r.regime === s.regime)
      && (!s.year || String(r.year) === s.year);
  }

  function listed(s) {
    const list = data.reports.filter((r) => matches(r, s));
    if (s.sort && cols.includes(s.sort)) {
      const sign = s.dir === "desc" ? -1 : 1;
      const num = numeric.has(s.sort);
      list.sort((a, b) => {
        const x = value(a, s.sort), y = value(b, s.sort);
        if (num) {           // a blank figure (not readable) sorts last either way
          const bx = x === undefined || x === "", by = y === undefined || y === "";
          if (bx || by) return bx - by;
          return sign * (Number(x) - Number(y));
        }
        return sign * String(x).localeCompare(String(y), "zh");
      });
    }
    return list;
  }

  let rows = [], drawn = 0;
  function drawMore() {
    const body = document.querySelector("#reports tbody");
    const frag = document.createDocumentFragment();
    for (const r of rows.slice(drawn, drawn + CHUNK)) {
      const tr = el("tr", {"data-id": String(r.id)});
      if (r.unreadable) tr.classList.add("unreadable");
      for (const c of cols) {
        const v = value(r, c);
        const td = el("td", numeric.has(c) ? {class: "num"} : {}, v === undefined ? "" : String(v));
        if (SEVS.includes(c) && r[c]) td.classList.add("sev-" + c);
        tr.append(td);
      }
      frag.append(tr);
    }
    body.append(frag);
    drawn = Math.min(rows.length, drawn + CHUNK);
    $("more").hidden = drawn >= rows.length;
  }
  document.querySelector("#reports tbody").addEventListener("click", (e) => {
    const tr = e.target.closest("tr");
    if (tr) go({...state, report: tr.dataset.id}, true);
  });
  $("more").textContent = L["audit.page.more"];
  $("more").addEventListener("click", drawMore);
  new IntersectionObserver((seen) => { if (seen.some((x) => x.isIntersecting) && !$("more").hidden) drawMore(); })
    .observe($("more"));

  function overview(s) {
    $("view").hidden = true;
    $("overview").hidden = false;
    if ($("filter").value !== (s.q || "")) $("filter").value = s.q || "";
    for (const key of Object.keys(FILTERS)) $("f-" + key).value = s[key] || "";
    for (const bar of $("chart").children) bar.classList.toggle("on", bar.dataset.rule === s.rule);
    for (const th of head.children) {
      th.classList.remove("asc", "desc");
      if (th.dataset.key === s.sort) th.classList.add(s.dir === "desc" ? "desc" : "asc");
    }
    rows = listed(s);
    drawn = 0;
    document.querySelector("#reports tbody").replaceChildren();
    drawMore();
    $("shown").textContent = rows.length + " / " + data.reports.length;
  }

  // A line's highlights: the line cut at every finding's start and end, each piece
  // marked in the colour of the worst finding over it, with their messages as its tip.
  function marked(line, hits) {
    const chars = Array.from(line);
    const cuts = new Set([0, chars.length]);
    for (const h of hits) { cuts.add(h.a); cuts.add(h.b); }
    const points = [...cuts].filter((x) => x <= chars.length).sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const over = hits.filter((h) => h.a <= a && b <= h.b);
      const text = chars.slice(a, b).join("");
      if (!over.length) { frag.append(text); continue; }
      const worst = SEVS.find((s) => over.some((h) => h.f.severity === s));
      const mark = el("mark", {class: "sev-mark-" + worst, title: over.map((h) => h.f.rule + " " + h.f.message).join("\n")}, text);
      if (over.length > 1) { mark.classList.add("many"); mark.dataset.count = String(over.length); }
      frag.append(mark);
    }
    return frag;
  }

  // The report view filters its findings by the severity chosen, as the list does.
  $("view-sev").append(el("option", {value: ""}, L["audit.page.all_severities"]));
  for (const s of SEVS) $("view-sev").append(el("option", {value: s}, L["severity." + s]));
  $("view-sev").addEventListener("change", () => go({...state, sev: $("view-sev").value}, false));

  function show(r) {
    $("overview").hidden = true;
    $("view").hidden = false;
    $("view-title").textContent = r.path + (r.organ ? " · " + r.organ : "") + (r.year ? " · " + r.year : "");
    $("view-sev").value = state.sev || "";
    const file = (data.files || [])[r.id];
    $("view-file").replaceChildren(...(file ? [link(file)] : []));
    const list = $("findings");
    list.replaceChildren();
    if (r.status) list.append(el("li", {class: r.unreadable ? "unreadable" : "sev-error"}, r.status));
    const findings = r.findings.filter((f) => !state.sev || f.severity === state.sev);
    if (!findings.length && !r.status) list.append(el("li", {}, L["audit.page.none"]));
    const byLine = new Map();
    for (const f of findings) {
      const li = el("li", {class: "sev-" + f.severity, "data-line": String(f.line)});
      li.append(el("code", {}, f.rule), " " + L["severity." + f.severity] + " " + f.line + ":" + f.column + " " + f.message);
      li.addEventListener("click", () => {
        const target = document.getElementById("line-" + f.line);
        if (target) target.scrollIntoView({block: "center"});
      });
      list.append(li);
      const a = f.column - 1, b = f.end_line === f.line ? Math.max(f.end_column - 1, a + 1) : Infinity;
      if (!byLine.has(f.line)) byLine.set(f.line, []);
      byLine.get(f.line).push({a, b, f});
    }
    const text = $("text");
    text.replaceChildren();
    r.text.split("\n").forEach((line, i) => {
      const n = i + 1;
      const div = el("div", {class: "line", id: "line-" + n});
      div.append(el("span", {class: "no"}, String(n)));
      const body = el("span", {class: "src"});
      const hits = byLine.get(n);
      if (hits) {
        div.classList.add("hit");
        const width = Array.from(line).length;
        body.append(marked(line, hits.map((h) => ({...h, a: Math.min(h.a, width), b: Math.min(h.b, width)}))));
      } else {
        body.textContent = line;
      }
      div.append(body);
      text.append(div);
    });
    window.scrollTo(0, 0);
  }
  $("back").textContent = L["audit.page.back"];
  $("back").addEventListener("click", () => go({...state, report: ""}, true));

  // The state is the URL's fragment: "#rule=GX101&sev=error&report=12".
  const KEYS = ["q", "rule", "sev", "kind", "regime", "year", "sort", "dir", "report"];
  function fromUrl() {
    const p = new URLSearchParams(location.hash.slice(1));
    return Object.fromEntries(KEYS.filter((k) => p.get(k)).map((k) => [k, p.get(k)]));
  }
  function toUrl(s) {
    const p = new URLSearchParams();
    for (const k of KEYS) if (s[k]) p.set(k, s[k]);
    return "#" + p.toString();
  }
  let state = {};
  function render(s) {
    state = s;
    const r = s.report !== undefined && s.report !== "" ? data.reports[Number(s.report)] : undefined;
    if (r) show(r); else overview(s);
  }
  function go(s, push) {
    const url = toUrl(s);
    if (url !== location.hash && (url !== "#" || location.hash)) {
      history[push ? "pushState" : "replaceState"](null, "", url === "#" ? location.pathname + location.search : url);
    }
    render(s);
  }
  window.addEventListener("popstate", () => render(fromUrl()));
  render(fromUrl());
})();
