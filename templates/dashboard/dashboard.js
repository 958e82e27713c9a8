// The dashboard's page: lays out the data esep embedded (#esep-data) and
// follows the address (#/level/key/indicator/lang). It computes no figure:
// every value, change and rank is the data's; the page only formats, sorts
// and picks a language.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("esep-data").textContent);
  const LANGS = ["kk", "ru"];
  const LEVELS = ["republic", "department", "office"];
  const places = new Map(D.places.map((p) => [p.level + "/" + p.key, p]));
  const children = new Map();
  for (const p of D.places) {
    if (p.parent === null) continue;
    const parent = (p.level === "department" ? "republic/" : "department/") + p.parent;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(p);
  }
  const indicatorIndex = new Map(D.indicators.map((i, n) => [i.id, n]));
  const charts = [];
  let state = { level: "republic", key: "KZ", indicator: D.indicators[0].id, lang: document.documentElement.lang };

  // Formatting: a decimal comma, digits grouped by a no-break space, as
  // the PDF prints them.
  const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const decimal = (v, digits) => {
    const [whole, fraction] = Math.abs(v).toFixed(digits).split(".");
    return (v < 0 ? "−" : "") + grouped(whole) + (fraction ? "," + fraction : "");
  };
  const w = (id) => D.words[id][state.lang];
  const t = (texts) => texts[state.lang];
  const percent = (v) => (v === null || v === undefined ? w("dashboard-no-value") : decimal(v, 1) + " %");
  // A change with its sign, the en dash for minus (as the PDF prints it).
  const signed = (v) => (v === null || v === undefined ? "—" : (v > 0 ? "+" : v < 0 ? "\u2013" : "") + decimal(Math.abs(v), 1));
  const number = (v, digits) => (v === null || v === undefined ? "—" : decimal(v, digits));

  function el(tag, attrs, ...content) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const c of content.flat()) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const link = (route, text) => el("a", { href: "#/" + route.join("/") }, text);
  const placeRoute = (p) => [p.level, p.key, state.indicator, state.lang];
  const cell = (value, sort, numeric) => el("td", { class: numeric ? "n" : null, "data-sort": sort }, value);

  // The address: #/level/key/indicator/lang; anything else opens the
  // republic in the page's language.
  function read() {
    const parts = decodeURIComponent(location.hash.replace(/^#\/?/, "")).split("/");
    const [level, key, indicator, lang] = parts;
    const next = { level: "republic", key: "KZ", indicator: state.indicator, lang: state.lang };
    if (LEVELS.includes(level) && places.has(level + "/" + key)) Object.assign(next, { level, key });
    if (indicatorIndex.has(indicator)) next.indicator = indicator;
    if (LANGS.includes(lang)) next.lang = lang;
    state = next;
  }
  const go = (changes) => {
    const s = Object.assign({}, state, changes);
    location.hash = "#/" + [s.level, s.key, s.indicator, s.lang].join("/");
  };

  function table(node, head, rows, sortable) {
    node.replaceChildren(
      el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows.map((r) => (r instanceof Node ? r : el("tr", {}, r))))
    );
    if (sortable) makeSortable(node);
  }

  // Sorting by a column: its cells' data-sort, as numbers where they are.
  function makeSortable(node) {
    node.querySelectorAll("th").forEach((th, column) => {
      th.tabIndex = 0;
      const sort = () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        node.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = node.tBodies[0];
        const key = (tr) => {
          const td = tr.children[column];
          const v = td.getAttribute("data-sort") ?? td.textContent;
          return v === "" ? null : isNaN(Number(v)) ? v : Number(v);
        };
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === y) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), state.lang);
          return ascending ? c : -c;
        });
        body.append(...rows);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  // A chart, described to a screen reader by its heading and its table
  // (ECharts' own description is English).
  function chart(node, title, option) {
    const existing = echarts.getInstanceByDom(node);
    if (existing) existing.dispose();
    const c = echarts.init(node, null, { renderer: "svg" });
    const aria = { enabled: true, label: { description: title + ". " + w("dashboard-chart-described") } };
    c.setOption(Object.assign({ animation: false, aria }, option));
    scalable(c);
    charts.push(c);
    return c;
  }

  // A chart's drawing scales to the width it is given (a printed page's):
  // its SVG gets the box it was drawn in.
  function scalable(c) {
    const svg = c.getDom().querySelector("svg");
    if (svg) svg.setAttribute("viewBox", "0 0 " + c.getWidth() + " " + c.getHeight());
  }

  function render() {
    read();
    charts.length = 0;
    const lang = state.lang;
    const place = places.get(state.level + "/" + state.key);
    const indicator = D.indicators[indicatorIndex.get(state.indicator)];
    const n = indicatorIndex.get(state.indicator);
    document.documentElement.lang = lang;
    document.title = w("dashboard-title");
    document.getElementById("title").textContent = w("dashboard-title");
    const span = D.span ? " · " + w("span").replace("%first", day(D.span[0])).replace("%last", day(D.span[1])) : "";
    document.getElementById("period").textContent = D.period.map(day).join(" – ") + span;
    document.querySelectorAll("#languages button").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    });
    document.getElementById("languages").setAttribute("aria-label", w("dashboard-language"));

    // The way back: republic › department › office.
    const line = [];
    let p = place;
    while (p) {
      line.unshift(p);
      p = p.parent === null ? null : places.get((p.level === "office" ? "department/" : "republic/") + p.parent);
    }
    document.getElementById("crumbs").replaceChildren(
      ...line.flatMap((q, i) => [
        i ? el("span", { class: "sep", "aria-hidden": "true" }, "›") : null,
        i === line.length - 1 ? el("span", { "aria-current": "page" }, t(q.name)) : link(placeRoute(q), t(q.name)),
      ]).filter(Boolean)
    );

    // The key messages are the republic's: said on its page.
    document.getElementById("summary-section").hidden = place.level !== "republic";
    document.getElementById("summary-heading").textContent = w("summary");
    document.getElementById("summary").replaceChildren(...D.summary[lang].map((s) => el("li", {}, s)));

    document.getElementById("place-name").textContent = t(place.name) + (place.level === "republic" ? "" : " (" + place.key + ")");
    renderTiles(place);
    renderTrend(place, indicator, n);
    renderChildren(place, indicator, n);
    renderActivity(place);
    renderIdentity(place);
    renderFindings(place);
    renderRankings();
    renderQuality();
    document.getElementById("footer").replaceChildren(
      el("p", {}, t(D.prepared_by)),
      el("p", {}, w("dashboard-made-by") + " Apache ECharts (Apache License 2.0).")
    );
    document.querySelectorAll("details.data summary").forEach((s) => (s.textContent = w("dashboard-show-table")));
  }

  const day = (iso) => iso.split("-").reverse().join(".");

  function renderTiles(place) {
    const tiles = D.indicators.map((ind, i) => {
      const f = place.figures[i];
      const counts = w("a4-counts").replace("%n", grouped(f.numerator)).replace("%d", grouped(f.denominator));
      const change = f.change === null ? "" : " (" + signed(f.change) + ")";
      return el(
        "button",
        { type: "button", class: "tile" + (f.missed ? " missed" : ""), "aria-pressed": String(ind.id === state.indicator), "data-indicator": ind.id },
        el("div", { class: "name" }, ind.id + " " + t(ind.name)),
        el("div", { class: "value", "data-value": f.value }, percent(f.value)),
        ind.measured ? el("div", { class: "counts" }, counts) : el("div", { class: "configured" }, "† " + w("dashboard-configured")),
        el("div", { class: "norm" }, w("dashboard-norm") + ": " + (ind.norm === null ? "—" : decimal(ind.norm, 1) + " %")),
        D.previous_year === null ? null : el("div", { class: "previous" }, D.previous_year + ": " + percent(f.previous) + change),
        f.missed ? el("div", { class: "mark" }, w("dashboard-missed")) : null
      );
    });
    const node = document.getElementById("tiles");
    node.replaceChildren(...tiles);
    node.querySelectorAll(".tile").forEach((b) => b.addEventListener("click", () => go({ indicator: b.dataset.indicator })));
  }

  function renderTrend(place, indicator, n) {
    document.getElementById("trend-heading").textContent = w("dashboard-trend") + ": " + indicator.id + " " + t(indicator.name);
    const months = place.months.map((m) => D.months[state.lang][m.month - 1]);
    const series = [{ name: w("dashboard-trend-current") + " " + D.year, type: "line", data: place.months.map((m) => m.values[n]), connectNulls: false }];
    if (D.previous_year !== null) {
      series.push({ name: w("dashboard-trend-previous") + " " + D.previous_year, type: "line", lineStyle: { type: "dashed" }, data: place.months.map((m) => m.previous[n]) });
    }
    if (indicator.norm !== null) {
      series[0].markLine = { silent: true, symbol: "none", label: { formatter: w("dashboard-norm"), position: "insideEndTop" }, data: [{ yAxis: indicator.norm }] };
    }
    chart(document.getElementById("trend"), document.getElementById("trend-heading").textContent, {
      tooltip: { trigger: "axis", valueFormatter: (v) => percent(v) },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", axisLabel: { formatter: (v) => decimal(v, 0) } },
      series,
    });
    const head = [w("dashboard-month"), w("dashboard-trend-current") + " " + D.year];
    if (D.previous_year !== null) head.push(w("dashboard-trend-previous") + " " + D.previous_year);
    table(document.getElementById("trend-table"), head, place.months.map((m, i) => {
      const row = [cell(months[i]), cell(percent(m.values[n]), m.values[n], true)];
      if (D.previous_year !== null) row.push(cell(percent(m.previous[n]), m.previous[n], true));
      return row;
    }));
  }

  function renderChildren(place, indicator, n) {
    const section = document.getElementById("children-section");
    const list = children.get(place.level + "/" + place.key) || [];
    section.hidden = list.length === 0;
    if (!list.length) return;
    const level = list[0].level;
    const ranking = D.rankings.find((r) => r.level === level && r.indicator === indicator.id);
    const ranks = new Map(ranking ? ranking.places.map(([rank, key]) => [key, rank]) : []);
    document.getElementById("children-heading").textContent =
      w(level === "department" ? "dashboard-departments" : "dashboard-offices") + ": " + indicator.id + " " + t(indicator.name);
    const head = [w(level === "department" ? "dashboard-department" : "dashboard-office"), w("dashboard-served"), w("dashboard-value")];
    if (D.previous_year !== null) head.push(D.previous_year, w("dashboard-change"));
    if (ranking) head.push(w("dashboard-rank"));
    const rows = list.map((c) => {
      const f = c.figures[n];
      const row = [
        el("td", { "data-sort": t(c.name) }, link(placeRoute(c), t(c.name)), " ", el("span", { class: "note" }, c.key)),
        cell(grouped(c.served), c.served, true),
        cell(percent(f.value), f.value, true),
      ];
      if (D.previous_year !== null) row.push(cell(percent(f.previous), f.previous, true), cell(signed(f.change), f.change, true));
      if (ranking) row.push(cell(ranks.has(c.key) ? ranks.get(c.key) : "—", ranks.get(c.key), true));
      return el("tr", { "data-key": c.key }, row);
    });
    table(document.getElementById("children"), head, rows, true);
    const shown = list.filter((c) => c.figures[n].value !== null);
    const bars = chart(document.getElementById("children-chart"), document.getElementById("children-heading").textContent, {
      tooltip: { trigger: "axis", valueFormatter: (v) => percent(v) },
      grid: { left: 330, right: 30, top: 10, bottom: 30 },
      xAxis: { type: "value", axisLabel: { formatter: (v) => decimal(v, 0) } },
      yAxis: { type: "category", inverse: true, data: shown.map((c) => t(c.name)), axisLabel: { width: 320, overflow: "truncate" } },
      series: [{ type: "bar", data: shown.map((c) => c.figures[n].value) }],
    });
    bars.on("click", (e) => go({ level: shown[e.dataIndex].level, key: shown[e.dataIndex].key }));
  }

  function renderActivity(place) {
    const a = place.activity;
    document.getElementById("outcomes-heading").textContent = w("activity");
    const section = document.getElementById("outcomes-section");
    section.hidden = !a;
    if (!a) return;
    // All services first, then each: volumes, outcomes, days, duty.
    const end = day(D.period[1]);
    const head = [w("activity-service"), w("activity-submitted"), w("activity-decided"), w("activity-granted"),
      w("activity-refused"), w("activity-refusal-rate"), w("activity-pending").replace("%end", end),
      w("activity-median"), w("activity-p90"), w("activity-duty")];
    const line = (name, a) => [
      cell(name),
      cell(grouped(a.submitted), a.submitted, true),
      cell(grouped(a.decided), a.decided, true),
      cell(grouped(a.granted), a.granted, true),
      cell(grouped(a.refused), a.refused, true),
      cell(number(a.refusal_rate, 1), a.refusal_rate, true),
      cell(a.pending === null ? "—" : grouped(a.pending), a.pending, true),
      cell(number(a.median, 1), a.median, true),
      cell(number(a.p90, 1), a.p90, true),
      cell(number(a.duty, 2), a.duty, true),
    ];
    table(document.getElementById("outcomes"), head,
      [el("tr", { "data-service": "all" }, line(w("activity-all-services"), a))].concat(
        place.services.map((s) => el("tr", {}, line(t(s.name), s.activity)))));
    const months = place.months.map((m) => D.months[state.lang][m.month - 1]);
    chart(document.getElementById("volumes"), w("activity"), {
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value" },
      series: [
        { name: w("activity-submitted"), type: "bar", data: place.months.map((m) => m.submitted) },
        { name: w("activity-decided"), type: "bar", data: place.months.map((m) => m.decided) },
      ],
    });
    table(document.getElementById("volumes-table"), [w("dashboard-month"), w("activity-submitted"), w("activity-decided")],
      place.months.map((m, i) => [cell(months[i]), cell(grouped(m.submitted), m.submitted, true), cell(grouped(m.decided), m.decided, true)]));
  }

  // Identity documents, counted apart from Appendix 4 (as the PDF says).
  function renderIdentity(place) {
    const id = place.identity;
    const W = D.identity;
    document.getElementById("identity-section").hidden = !id;
    if (!id) return;
    document.getElementById("identity-heading").textContent = t(W.heading);
    document.getElementById("identity-note").textContent = t(W.note);
    document.getElementById("identity-counted").replaceChildren(el("tbody", {},
      id.counted.map((n, i) => el("tr", {}, el("th", { scope: "row" }, W.counted[state.lang][i]), cell(grouped(n), n, true)))));
    table(document.getElementById("identity-terms"), W.term_columns[state.lang],
      id.terms.map(([recorded, met, share], i) => [
        cell(W.terms[state.lang][i]),
        cell(W.items[state.lang][i]),
        cell(grouped(recorded), recorded, true),
        cell(grouped(met), met, true),
        cell(number(share, 1), share, true),
      ]));
    table(document.getElementById("identity-returned"), W.returned_columns[state.lang],
      id.returned.map((n, i) => [cell(W.returned[state.lang][i]), cell(grouped(n), n, true)]));
  }

  function renderFindings(place) {
    document.getElementById("findings-heading").textContent = w("dashboard-findings");
    const node = document.getElementById("findings");
    if (!place.findings.length) {
      node.replaceChildren(el("caption", { class: "note" }, w("dashboard-no-findings")));
      return;
    }
    table(node, [w("dashboard-item"), w("dashboard-finding"), w("dashboard-cases")],
      place.findings.map(([code, count]) => [
        cell(t(D.codes[code].item)),
        cell(t(D.codes[code].text)),
        cell(grouped(count), count, true),
      ]), true);
  }

  function renderRankings() {
    document.getElementById("rankings-heading").textContent = w("dashboard-rankings");
    const node = document.getElementById("rankings");
    node.replaceChildren(...D.rankings.flatMap((r) => {
      const ind = D.indicators[indicatorIndex.get(r.indicator)];
      const level = w(r.level === "department" ? "dashboard-departments" : "dashboard-offices");
      const tableNode = el("table", { class: "sortable", "data-level": r.level, "data-indicator": r.indicator });
      table(tableNode, [w("dashboard-rank"), w(r.level === "department" ? "dashboard-department" : "dashboard-office"), w("dashboard-served"), w("dashboard-value")],
        r.places.map(([rank, key, served, value]) => {
          const p = places.get(r.level + "/" + key);
          const current = p && p.level === state.level && p.key === state.key;
          return el("tr", { class: current ? "current" : null, "data-key": key }, [
            cell(rank, rank, true),
            el("td", { "data-sort": p ? t(p.name) : key }, p ? link(placeRoute(p), t(p.name)) : key),
            cell(grouped(served), served, true),
            cell(percent(value), value, true),
          ]);
        }), true);
      return [el("h3", {}, level + ": " + ind.id + " " + t(ind.name)), el("p", { class: "note" }, t(r.note)), tableNode];
    }));
  }

  function renderQuality() {
    document.getElementById("quality-heading").textContent = w("dashboard-quality");
    table(document.getElementById("quality"), [w("dashboard-table"), w("dashboard-read"), w("dashboard-accepted"), w("dashboard-rejected")],
      D.quality.tables.map((q) => [cell(t(q.name)), cell(grouped(q.read), q.read, true), cell(grouped(q.accepted), q.accepted, true), cell(grouped(q.rejected), q.rejected, true)]));
    const reasons = D.quality.reasons[state.lang];
    const node = document.getElementById("reasons");
    node.hidden = !reasons.length;
    if (reasons.length) {
      table(node, [w("dashboard-rows"), w("dashboard-column"), w("dashboard-reason")],
        reasons.map(([count, column, reason]) => [cell(grouped(count), count, true), cell(column), cell(reason)]));
      node.prepend(el("caption", {}, w("dashboard-reasons")));
    }
  }

  document.querySelectorAll("#languages button").forEach((b) => b.addEventListener("click", () => go({ lang: b.dataset.lang })));
  window.addEventListener("hashchange", render);
  window.addEventListener("resize", () => charts.forEach((c) => { c.resize(); scalable(c); }));
  render();
  document.body.dataset.ready = "true";
  performance.mark("esep-ready");
})();
