// Zelfscan: a region scores itself per key point, saved only in this browser (localStorage).
// On the zelfscan page it keeps the checklist (overrides/partials/zelfscan.html) and the
// saved scan in step (across tabs too), exports and imports scan files
// (docs/assets/zelfscan.schema.json), compares with an earlier scan and with partners' scans,
// draws the chart and builds the action plan (the home page's tiles have their own small
// module, zelfscan-tegels.js). Notes are text: only ever shown with textContent, never as HTML.

const KEY = "nov-toolkit-zelfscan";
const BACKUP = `${KEY}-onleesbaar`;
const BASELINE = `${KEY}-basis`;
const FORMAT = "nov-toolkit-zelfscan";
const VERSION = 2;
const MAX_BYTES = 1024 * 1024; // a real scan is a few kB
const MAX_NOTE = 5000;
const MAX_POINTS = 1000;
const ID = /^k[0-9]{2,}(-[a-z0-9]+)+$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;
export const STATUS = {
  "nog-niet-gestart": "nog niet gestart",
  "mee-bezig": "mee bezig",
  geregeld: "geregeld",
  "niet-van-toepassing": "niet van toepassing",
};
const NONE = "geen status";
// Order of progress, for "forwards" and "backwards"; niet van toepassing is off this scale.
const RANK = { "": 0, "nog-niet-gestart": 1, "mee-bezig": 2, geregeld: 3 };
const POINT_FIELDS = ["status", "notitie", "wie", "wanneer"];
const NOTHING_CHANGED = " Uw huidige scan is niet veranderd.";

const empty = () => ({
  formaat: FORMAT,
  versie: VERSION,
  regio: "",
  organisatie: "",
  datum: "",
  kernpunten: {},
});
const isObject = (value) => value && typeof value === "object" && !Array.isArray(value);

// The scan with its fields and key points in one order: the same scan gives the same file.
const pick = (object, names) =>
  Object.fromEntries(names.filter((name) => object[name] !== undefined).map((name) => [name, object[name]]));
const tidy = (scan) => ({
  ...pick(scan, ["formaat", "versie", "regio", "organisatie", "datum", "gewijzigd", "toolkit"]),
  kernpunten: Object.fromEntries(
    Object.keys(scan.kernpunten)
      .sort()
      .map((id) => [id, pick(scan.kernpunten[id], [...POINT_FIELDS, "tekst"])]),
  ),
});

// Storage: every failure is reported to the caller, never swallowed.
let unreadable = false;
function load() {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return check(JSON.parse(raw));
  } catch {
    // Not readable here (say, saved by a newer version of the site): keep a copy before the
    // first save replaces it; the page offers it as a download.
    if (localStorage.getItem(BACKUP) !== raw) localStorage.setItem(BACKUP, raw);
    unreadable = true;
    return null;
  }
}

// A scan (format version 1 or 2): checked completely before anything is replaced, and
// returned in the current version. Text is kept exactly as typed. Throws a Dutch message.
export function check(data) {
  const bad = (why) => {
    throw new Error(`Dit bestand is geen geldige zelfscan: ${why}.${NOTHING_CHANGED}`);
  };
  if (!isObject(data) || data.formaat !== FORMAT) {
    throw new Error(
      "Dit bestand is geen zelfscan van deze toolkit (het mist de regel " +
        `"formaat": "${FORMAT}"). Kies een bestand dat u met "Exporteren als bestand" hebt gemaakt.` +
        NOTHING_CHANGED,
    );
  }
  if (!Number.isInteger(data.versie) || data.versie < 1) bad("de formaatversie ontbreekt");
  if (data.versie > VERSION) {
    throw new Error(
      `Deze zelfscan is gemaakt met een nieuwere versie van de toolkit (formaatversie ${data.versie}); ` +
        `deze pagina kent versie ${VERSION}. Open de scan op de nieuwste versie van de site.` +
        NOTHING_CHANGED,
    );
  }
  const text = (value, max, what) => {
    if (value === undefined) return "";
    if (typeof value !== "string" || value.length > max) bad(`${what} is geen tekst of te lang`);
    return value;
  };
  const date = (value, what) => {
    const given = text(value, 10, what);
    if (!DATE.test(given)) bad(`${what} is geen datum (JJJJ-MM-DD)`);
    return given;
  };
  const scan = empty();
  scan.regio = text(data.regio, 200, "de naam van de regio");
  scan.organisatie = text(data.organisatie, 200, "de organisatie");
  scan.datum = date(data.datum, "de datum");
  if (data.gewijzigd !== undefined) scan.gewijzigd = text(data.gewijzigd, 40, "het tijdstip");
  if (data.toolkit !== undefined) {
    if (
      !Array.isArray(data.toolkit) ||
      data.toolkit.length > MAX_POINTS ||
      !data.toolkit.every((id) => ID.test(id))
    ) {
      bad("de lijst met kernpunten van de toolkit klopt niet");
    }
    scan.toolkit = [...data.toolkit].sort();
  }
  const points = data.kernpunten;
  if (!isObject(points)) bad("de kernpunten ontbreken");
  const ids = Object.keys(points).sort();
  if (ids.length > MAX_POINTS) bad("het bevat te veel kernpunten");
  for (const id of ids) {
    const entry = points[id];
    if (!ID.test(id)) bad(`'${id.slice(0, 40)}' is geen kernpunt-id`);
    if (!isObject(entry)) bad(`kernpunt ${id} is leeg`);
    if (entry.status !== undefined && !(entry.status in STATUS))
      bad(`kernpunt ${id} heeft een onbekende status`);
    const clean = {};
    if (entry.status) clean.status = entry.status;
    const values = {
      notitie: text(entry.notitie, MAX_NOTE, `de notitie bij ${id}`),
      wie: text(entry.wie, 200, `"wie" bij ${id}`),
      wanneer: date(entry.wanneer, `"wanneer" bij ${id}`),
      tekst: text(entry.tekst, 1000, `de tekst van ${id}`),
    };
    for (const [field, value] of Object.entries(values)) if (value) clean[field] = value;
    scan.kernpunten[id] = clean;
  }
  return tidy(scan);
}

// A file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 when
// that gives readable text. Anything else is refused, never read with broken letters.
function decode(bytes, name) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    // Bytes Windows-1252 leaves undefined come out as C1 controls: then it was not 1252 either.
    if (/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text)) {
      throw new Error(
        `Het bestand ${name} is geen leesbare tekst: het is niet als UTF-8 of Windows-1252 opgeslagen. ` +
          `Sla het op als UTF-8 (of exporteer de scan opnieuw) en probeer het nog eens.${NOTHING_CHANGED}`,
      );
    }
    return { text, encoding: "Windows-1252" };
  }
}

// A scan file chosen by the reader: {scan, encoding}, or a Dutch error.
async function readScanFile(file) {
  const name = `"${file.name}"`;
  if (file.size === 0) throw new Error(`Het bestand ${name} is leeg.${NOTHING_CHANGED}`);
  if (file.size > MAX_BYTES) {
    const mb = (file.size / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
    throw new Error(
      `Het bestand ${name} is te groot (${mb} MB) voor een zelfscan; een zelfscan is enkele kB.${NOTHING_CHANGED}`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const notAScan = (kind) =>
    new Error(
      `Het bestand ${name} is geen zelfscan: het is ${kind}. Kies een bestand dat u met ` +
        `"Exporteren als bestand" hebt gemaakt (het eindigt op .json).${NOTHING_CHANGED}`,
    );
  // An Excel or Word file (a zip since 2007, an OLE file before): not text, whatever it holds
  const starts = (...magic) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0))
    throw notAScan("een Excel-, Word- of ander Office-bestand (of een zip-bestand)");
  const { text, encoding } = decode(bytes, name);
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    if (text.startsWith("%PDF")) throw notAScan("een PDF");
    // The action plan (or another sheet) saved from Excel: cells split by ';' or tabs
    const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
    if (/[;\t]/.test(firstLine))
      throw notAScan("een spreadsheet (CSV), zoals het actieplan: dat gaat niet terug in de scan");
    throw notAScan("geen JSON-bestand");
  }
  return { scan: check(data), encoding };
}

// How many key points of `ids` have each status ("" for none).
export function counts(ids, scan) {
  const count = { geregeld: 0, "mee-bezig": 0, "nog-niet-gestart": 0, "niet-van-toepassing": 0, "": 0 };
  for (const id of ids) count[scan.kernpunten[id]?.status || ""] += 1;
  return count;
}

const summary = (ids, scan) => {
  const count = counts(ids, scan);
  const na = count["niet-van-toepassing"];
  const of = ids.length - na;
  return of === 0 && na
    ? "niet van toepassing"
    : `${count.geregeld} van ${of} geregeld` + (na ? ` (${na} niet van toepassing)` : "");
};

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};
const dutchDate = (iso) => iso.split("-").reverse().join("-");
const slug = (text) =>
  (text || "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const fileName = (scan, kind, extension) =>
  `${[kind, slug(scan.regio) || "regio", slug(scan.organisatie), scan.datum].filter(Boolean).join("-")}.${extension}`;

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// A spreadsheet as Dutch Excel and LibreOffice read it: UTF-8 with BOM, ';' between cells.
// A cell that starts with = + - @ (or a tab or return) is a formula to a spreadsheet: a note
// such as "- eerst bellen" would show #NAAM?, a pasted "=HYPERLINK(...)" would run. A leading
// apostrophe keeps it text (as OWASP advises for CSV files).
const asText = (cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
export const csv = (rows) =>
  "\ufeff" +
  rows
    .map((row) =>
      row
        .map(asText)
        .map((cell) => (/[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(";"),
    )
    .join("\r\n") +
  "\r\n";

// The chart: per block one bar per series (this scan, a baseline, partners), drawn as SVG,
// each status with its own pattern so it reads in greyscale; the same figures as a table.
const SVG = "http://www.w3.org/2000/svg";
const CHART_ORDER = ["geregeld", "mee-bezig", "nog-niet-gestart", "niet-van-toepassing", ""];
const label = (status) => STATUS[status] || NONE;
const svg = (tag, attributes, parent) => {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  parent?.append(node);
  return node;
};
const PATTERNS = {
  geregeld: (p) => svg("rect", { width: 8, height: 8, fill: "#1b5e20" }, p),
  "mee-bezig": (p) => {
    svg("rect", { width: 8, height: 8, fill: "#ffe0b2" }, p);
    svg("path", { d: "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4", stroke: "#8a3c00", "stroke-width": 2 }, p);
  },
  "nog-niet-gestart": (p) => {
    svg("rect", { width: 8, height: 8, fill: "#fde4e4" }, p);
    svg("circle", { cx: 4, cy: 4, r: 1.6, fill: "#9b1c1c" }, p);
  },
  "niet-van-toepassing": (p) => {
    svg("rect", { width: 8, height: 8, fill: "#d9d9d9" }, p);
    svg("path", { d: "M0,4 h8 M4,0 v8", stroke: "#555", "stroke-width": 1 }, p);
  },
  "": (p) => svg("rect", { width: 8, height: 8, fill: "#fff" }, p),
};
const patternId = (status) => `tk-pattern-${status || "geen"}`;

function swatch(status) {
  const box = svg("svg", { width: 16, height: 16, "aria-hidden": "true" });
  svg(
    "rect",
    { x: 0.5, y: 0.5, width: 15, height: 15, fill: `url(#${patternId(status)})`, stroke: "#000" },
    box,
  );
  return box;
}

function drawChart(section, blocks, series) {
  const legend = section.querySelector(".tk-chart__legend");
  legend.replaceChildren(
    ...CHART_ORDER.map((status) => {
      const item = el("li");
      item.append(swatch(status), ` ${label(status)}`);
      return item;
    }),
  );
  const figure = section.querySelector(".tk-chart__figure");
  const width = Math.max(300, figure.clientWidth || 600);
  const seriesWidth = series.length > 1 ? Math.min(130, width / 3) : 0;
  const barWidth = width - seriesWidth - 2;
  const row = 24;
  // One small SVG per block, so a long chart flows over printed pages without slicing a
  // block; together one image for screen readers, whose figures are in the table below.
  const chart = el("div", "tk-chart__blocks");
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-labelledby", "tk-chart-title tk-chart-caption");
  const patterns = svg("svg", { width: 0, height: 0, class: "tk-chart__patterns", "aria-hidden": "true" });
  const defs = svg("defs", {}, patterns);
  for (const status of CHART_ORDER)
    PATTERNS[status](
      svg("pattern", { id: patternId(status), width: 8, height: 8, patternUnits: "userSpaceOnUse" }, defs),
    );
  chart.append(patterns);
  const rows = [];
  const fit = (text, room) =>
    text.length * 7.2 > room ? `${text.slice(0, Math.max(4, Math.floor(room / 7.2) - 1))}…` : text;
  for (const block of blocks) {
    const height = 20 + series.length * row + 6;
    const drawing = svg("svg", { class: "tk-chart__svg", width, height, viewBox: `0 0 ${width} ${height}` }, chart);
    svg("text", { x: 0, y: 15, class: "tk-chart__block" }, drawing).textContent = fit(
      `${block.number}. ${block.title}`,
      width,
    );
    let y = 20;
    for (const { name, scan } of series) {
      const count = counts(block.ids, scan);
      rows.push([block, name, count]);
      if (seriesWidth)
        svg("text", { x: 0, y: y + 16, class: "tk-chart__series" }, drawing).textContent = fit(
          name,
          seriesWidth - 6,
        );
      let x = seriesWidth;
      for (const status of CHART_ORDER) {
        if (!count[status]) continue;
        const w = (barWidth * count[status]) / block.ids.length;
        const rect = svg(
          "rect",
          {
            x,
            y,
            width: w,
            height: row - 4,
            fill: `url(#${patternId(status)})`,
            stroke: "#000",
            "data-tk-block": block.id,
            "data-tk-series": name,
            "data-tk-status": status || "geen",
            "data-tk-count": count[status],
          },
          drawing,
        );
        svg("title", {}, rect).textContent = `${label(status)}: ${count[status]}`;
        if (w >= 18)
          svg(
            "text",
            { x: x + w / 2, y: y + 15, class: "tk-chart__count", "text-anchor": "middle" },
            drawing,
          ).textContent = count[status];
        x += w;
      }
      y += row;
    }
  }
  const caption = el("p", "tk-visually-hidden", "De cijfers staan in de tabel onder de grafiek.");
  caption.id = "tk-chart-caption";
  figure.replaceChildren(chart, caption);

  const table = el("table", "tk-chart__numbers");
  table.append(el("caption", "", "De grafiek in cijfers: aantal kernpunten per status"));
  const head = el("tr");
  for (const text of ["Bouwblok", ...(seriesWidth ? ["Scan"] : []), ...CHART_ORDER.map(label)])
    head.append(Object.assign(el("th", "", text), { scope: "col" }));
  table.append(el("thead"), el("tbody"));
  table.tHead.append(head);
  for (const [block, name, count] of rows) {
    const tr = el("tr");
    tr.append(Object.assign(el("th", "", `${block.number}. ${block.title}`), { scope: "row" }));
    if (seriesWidth) tr.append(el("td", "", name));
    for (const status of CHART_ORDER) tr.append(el("td", "", String(count[status])));
    tr.dataset.tkBlock = block.id;
    tr.dataset.tkSeries = name;
    table.tBodies[0].append(tr);
  }
  section.querySelector(".tk-chart__table").replaceChildren(scroller(table, "De grafiek in cijfers"));
}

// A wide table scrolls on its own on a phone; focusable, so the keyboard can scroll it too.
function scroller(table, name) {
  const box = el("div", "tk-scroll");
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", name);
  box.append(table);
  return box;
}

// The zelfscan page.
function page(root) {
  const $ = (selector) => root.querySelector(selector);
  const blocks = [...root.querySelectorAll("[data-tk-block]")].map((section, index) => ({
    id: section.dataset.tkBlock,
    number: index + 1,
    section,
    title: section.querySelector("h2").textContent.replace(/^\d+\.\s*/, ""),
    ids: [...section.querySelectorAll("[data-tk-point]")].map((f) => f.dataset.tkPoint),
  }));
  const points = new Map(); // scored key point id -> {fieldset, text, number, block}
  for (const block of blocks) {
    for (const fieldset of block.section.querySelectorAll("[data-tk-point]")) {
      points.set(fieldset.dataset.tkPoint, {
        fieldset,
        block,
        text: fieldset.querySelector(".tk-point__text").textContent,
        number: fieldset.querySelector(".tk-point__number").textContent,
      });
    }
  }
  const headings = new Set([...root.querySelectorAll("[data-tk-heading]")].map((h) => h.dataset.tkHeading));
  const retired = new Set(root.dataset.tkRetired.split(" ").filter(Boolean));
  const allIds = [...points.keys()];
  // What an id outside the scored key points is: an id never seen here is "onbekend".
  const kind = (id) => (headings.has(id) ? "kopje" : retired.has(id) ? "vervallen" : "onbekend");
  const labelOf = (id, entry) => {
    const point = points.get(id);
    return point ? `${point.number} ${point.text}` : `${entry?.tekst || id} (${id}, ${kind(id)})`;
  };

  const storageBox = $("#tk-scan-storage");
  const live = $("#tk-scan-live");
  const scanFields = [...root.querySelectorAll(".tk-scan__about [data-tk-field]")];
  let scan = empty();
  let storageOk = true;
  let unsaved = false; // typed, but neither in storage nor in an exported file
  let baseline = null;
  let partners = []; // [{name, scan}]

  const message = (box, text, isError, extra) => {
    box.hidden = false;
    box.className = `tk-scan__message${isError ? " tk-scan__message--error" : ""}`;
    box.setAttribute("role", isError ? "alert" : "status");
    box.replaceChildren(el("p", "", text), ...(extra ? [extra] : []));
  };
  const mainMessage = (text, isError, extra) => message($("#tk-scan-message"), text, isError, extra);

  // The warning sits at the foot of the window, over the control just used, until saving works.
  const storageProblem = (error) => {
    storageOk = false;
    storageBox.hidden = false;
    storageBox.firstElementChild.textContent =
      "Let op: deze browser kan de zelfscan niet bewaren" +
      (error?.name === "QuotaExceededError" ? " (de opslag is vol)" : " (bijvoorbeeld in een privévenster)") +
      ". Wat u invult, staat alleen op deze pagina en is weg als u haar sluit. " +
      "Bewaar uw werk als bestand met de knop hieronder.";
  };
  const save = () => {
    try {
      localStorage.setItem(KEY, JSON.stringify(tidy(scan)));
      unsaved = false;
      if (!storageOk) {
        storageOk = true;
        storageBox.hidden = true;
      }
    } catch (error) {
      storageProblem(error);
    }
  };
  // The scan as saved right now, so a change made in another tab is kept when this tab saves.
  const latest = () => {
    if (!storageOk) return scan; // what is on this page is newer than what is stored
    try {
      return load() || empty();
    } catch {
      return scan;
    }
  };
  // One field changed: merged into the latest saved scan per key point and per field.
  const edit = (apply) => {
    scan = latest();
    apply(scan);
    scan.gewijzigd = new Date().toISOString();
    unsaved = true;
    save();
    render();
  };

  try {
    scan = load() || empty();
  } catch (error) {
    storageProblem(error);
  }
  try {
    const kept = localStorage.getItem(BASELINE);
    baseline = kept ? check(JSON.parse(kept)) : null;
  } catch {
    baseline = null; // blocked storage or an unreadable baseline: compare without one
  }

  const setValue = (input, value) => {
    if (input.value !== value) input.value = value; // unchanged: keep the caret where it is
  };
  const render = () => {
    for (const input of scanFields) setValue(input, scan[input.dataset.tkField] || "");
    for (const [id, { fieldset, text }] of points) {
      const entry = scan.kernpunten[id] || {};
      for (const input of fieldset.querySelectorAll("[data-tk-field]")) {
        if (input.type === "radio") input.checked = input.value === entry.status;
        else setValue(input, entry[input.dataset.tkField] || "");
      }
      const renamed = fieldset.querySelector(".tk-point__renamed");
      renamed.hidden = !(entry.tekst && entry.tekst !== text);
      renamed.textContent = renamed.hidden
        ? ""
        : `Deze tekst is gewijzigd sinds uw notitie. Toen: "${entry.tekst}"`;
    }
    renderOrphans();
    renderProgress();
    renderExtras();
  };

  const renderProgress = () => {
    for (const block of blocks)
      block.section.querySelector("[data-tk-progress]").textContent = summary(block.ids, scan);
    $("#tk-scan-total").textContent = totals(scan);
  };
  const totals = (of) => {
    const count = counts(allIds, of);
    return (
      `Totaal: ${summary(allIds, of)}; ${count["mee-bezig"]} mee bezig, ${count["nog-niet-gestart"]} nog niet gestart, ` +
      `${count[""]} zonder status (${allIds.length} kernpunten).`
    );
  };

  const orphanIds = (of = scan) =>
    Object.keys(of.kernpunten)
      .filter((id) => !points.has(id))
      .sort();

  const renderOrphans = () => {
    const section = $("#tk-scan-orphans");
    const list = section.querySelector("ul");
    list.replaceChildren();
    for (const id of orphanIds()) {
      const entry = scan.kernpunten[id];
      const item = el("li", "tk-scan__orphan");
      item.append(
        el("strong", "", entry.tekst || id),
        el("span", "", ` (${id}, ${kind(id)}): ${label(entry.status || "")}`),
      );
      for (const line of details(entry)) item.append(el("p", "tk-scan__orphan-note", line));
      list.append(item);
    }
    section.hidden = !list.children.length;
  };
  // Owner, date and note of an entry, as lines of text.
  const details = (entry) => [
    ...(entry.wie || entry.wanneer
      ? [
          [entry.wie && `Wie: ${entry.wie}`, entry.wanneer && `Wanneer: ${dutchDate(entry.wanneer)}`]
            .filter(Boolean)
            .join(" · "),
        ]
      : []),
    ...(entry.notitie ? [entry.notitie] : []),
  ];

  root.addEventListener("input", (event) => {
    const field = event.target.dataset?.tkField;
    if (!field) return;
    const fieldset = event.target.closest("[data-tk-point]");
    const value = event.target.value;
    if (!fieldset) {
      edit((latestScan) => {
        latestScan[field] = value;
      });
      return;
    }
    const id = fieldset.dataset.tkPoint;
    edit((latestScan) => {
      const entry = { ...latestScan.kernpunten[id] };
      if (value) entry[field] = value;
      else delete entry[field];
      if (POINT_FIELDS.some((name) => entry[name]))
        latestScan.kernpunten[id] = { ...entry, tekst: points.get(id).text };
      else delete latestScan.kernpunten[id];
    });
    if (field === "status") {
      const { number, block } = points.get(id);
      live.textContent =
        `Kernpunt ${number}: ${STATUS[value]}. Dit blok: ${summary(block.ids, scan)}.` +
        (storageOk ? " Opgeslagen in deze browser." : " Niet opgeslagen.");
    }
  });

  // Another tab saved: show its scan (it holds this tab's changes too, see `edit`).
  window.addEventListener("storage", (event) => {
    if (event.key === KEY && storageOk) {
      try {
        scan = event.newValue ? check(JSON.parse(event.newValue)) : empty();
      } catch {
        return;
      }
      render();
    } else if (event.key === BASELINE) {
      try {
        baseline = event.newValue ? check(JSON.parse(event.newValue)) : null;
      } catch {
        return;
      }
      renderExtras();
    }
  });
  // Closing the page with input that is nowhere else: the browser asks first.
  window.addEventListener("beforeunload", (event) => {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = "";
  });

  const hasContent = () =>
    scan.regio || scan.organisatie || scan.datum || Object.keys(scan.kernpunten).length;

  const exportScan = () => {
    const name = fileName(scan, "zelfscan", "json");
    download(
      name,
      `${JSON.stringify(tidy({ ...scan, toolkit: allIds.slice().sort() }), null, 2)}\n`,
      "application/json",
    );
    unsaved = false;
    mainMessage(`De scan is opgeslagen als bestand "${name}" (in uw map met downloads).`);
  };

  // Replace this page's scan (asks first when there is one).
  // The outcome is said beside the button that was used (`box`), where the reader looks.
  const replace = (next, done, source, action, box = $("#tk-scan-message")) => {
    const say = (text) => message(box, text);
    if (hasContent() && !window.confirm(`De scan op deze pagina wordt vervangen door ${source}. Doorgaan?`)) {
      say(`${action} afgebroken.${NOTHING_CHANGED}`);
      return;
    }
    scan = next;
    unsaved = true;
    save();
    render();
    const strays = orphanIds();
    const unknown = strays.filter((id) => kind(id) === "onbekend");
    say(
      done +
        (strays.length
          ? ` ${strays.length} kernpunt(en) staan niet als kernpunt in de toolkit: zie "Kernpunten buiten de toolkit" onderaan.`
          : "") +
        (unknown.length ? ` Onbekend in deze toolkit: ${unknown.join(", ")}.` : ""),
    );
  };

  const importScan = async (chosen) => {
    try {
      const { scan: imported, encoding } = await readScanFile(chosen);
      const converted =
        encoding === "UTF-8"
          ? ""
          : ` Het bestand was opgeslagen als ${encoding}; de letters zijn goed omgezet.`;
      replace(
        imported,
        `Geïmporteerd: de scan${imported.regio ? ` van ${imported.regio}` : ""}${imported.organisatie ? ` (${imported.organisatie})` : ""}${imported.datum ? ` (${imported.datum})` : ""}.${converted}`,
        "de scan uit het bestand",
        "Importeren",
      );
    } catch (error) {
      mainMessage(error.message, true);
    }
  };

  const clearScan = () => {
    if (!window.confirm("De hele zelfscan uit deze browser wissen? Dit kan niet ongedaan worden gemaakt."))
      return;
    scan = empty();
    unsaved = false;
    try {
      localStorage.removeItem(KEY);
    } catch (error) {
      storageProblem(error);
    }
    render();
    mainMessage("De zelfscan is gewist uit deze browser.");
  };

  // The action plan: what is started or not yet started, with owner, date and note; the
  // points without a status apart and short; what is outside the toolkit with its notes.
  const OPEN = ["mee-bezig", "nog-niet-gestart"];
  const planRows = () => {
    const rows = [];
    for (const block of blocks) {
      for (const id of block.ids) rows.push({ block, id, entry: scan.kernpunten[id] || {} });
    }
    for (const id of orphanIds()) rows.push({ block: null, id, entry: scan.kernpunten[id] });
    return rows;
  };
  const buildPlan = () => {
    const plan = $("#tk-plan");
    const container = plan.querySelector(".tk-plan__blocks");
    container.replaceChildren();
    const rows = planRows();
    const groups = [
      ...blocks.map((block) => [
        `${block.number}. ${block.title}`,
        rows.filter((r) => r.block === block && OPEN.includes(r.entry.status)),
      ]),
      ["Kernpunten buiten de toolkit", rows.filter((r) => !r.block)],
    ];
    for (const [title, items] of groups) {
      if (!items.length) continue;
      const list = el("ul", "tk-plan__points");
      for (const { id, entry } of items) {
        const item = el("li", "tk-plan__point");
        item.append(
          el("strong", "", labelOf(id, entry)),
          el("span", "tk-plan__status", ` (${label(entry.status || "")})`),
        );
        for (const line of details(entry)) item.append(el("p", "tk-plan__note", line));
        list.append(item);
      }
      const group = el("div", "tk-plan__group");
      group.append(el("h3", "", title), list);
      container.append(group);
    }
    const unscored = rows.filter((r) => r.block && !r.entry.status);
    if (unscored.length) {
      const group = el("div", "tk-plan__group tk-plan__unscored");
      // One run of text, not a page of bullets; a note on such a point is kept in it.
      const text = unscored
        .map(({ id, entry }) => [labelOf(id, entry), ...details(entry)].join(" — "))
        .join(" · ");
      group.append(el("h3", "", `Nog zonder status (${unscored.length})`), el("p", "tk-plan__short", text));
      container.append(group);
    }
    const open = rows.filter((r) => r.block && OPEN.includes(r.entry.status)).length;
    plan.querySelector(".tk-plan__about").textContent =
      `${[scan.regio || "Regio: ...", scan.organisatie, scan.datum && dutchDate(scan.datum)].filter(Boolean).join(", ")}. ` +
      `${open} kernpunt(en) mee bezig of nog niet gestart. ${totals(scan)}`;
  };

  const downloadPlan = () => {
    const rows = [["Bouwblok", "Kernpunt", "Tekst", "Status", "Wie", "Wanneer", "Notitie"]];
    for (const { block, id, entry } of planRows()) {
      if (block && !OPEN.includes(entry.status) && entry.status) continue;
      const point = points.get(id);
      rows.push([
        block ? `${block.number}. ${block.title}` : `buiten de toolkit (${kind(id)})`,
        point ? point.number : id,
        point ? point.text : entry.tekst || "",
        label(entry.status || ""),
        entry.wie || "",
        entry.wanneer ? dutchDate(entry.wanneer) : "",
        entry.notitie || "",
      ]);
    }
    const name = fileName(scan, "actieplan", "csv");
    download(name, csv(rows), "text/csv;charset=utf-8");
    mainMessage(`Het actieplan is opgeslagen als spreadsheet "${name}" (in uw map met downloads).`);
  };

  // Comparison with a baseline and partners' scans: lists per key point, then the chart.
  const compareResult = $(".tk-compare__result");
  const renderCompare = () => {
    $("[data-tk-action=baseline-clear]").hidden = !baseline;
    compareResult.replaceChildren();
    if (!baseline) return;
    const then = baseline;
    const about =
      [then.regio, then.organisatie, then.datum && dutchDate(then.datum)].filter(Boolean).join(", ") ||
      "zonder naam";
    compareResult.append(el("p", "", `Basis: de scan ${about}. Nu: ${totals(scan)} Toen: ${totals(then)}`));
    const table = el("table", "tk-compare__blocks");
    table.append(el("caption", "", "Geregeld per bouwblok, toen en nu"));
    const head = el("tr");
    for (const text of ["Bouwblok", "Toen", "Nu", "Verschil"])
      head.append(Object.assign(el("th", "", text), { scope: "col" }));
    table.append(head);
    for (const block of blocks) {
      const before = counts(block.ids, then).geregeld;
      const now = counts(block.ids, scan).geregeld;
      const tr = el("tr");
      tr.append(
        Object.assign(el("th", "", `${block.number}. ${block.title}`), { scope: "row" }),
        el("td", "", String(before)),
        el("td", "", String(now)),
        el("td", "", now === before ? "0" : `${now > before ? "+" : "−"}${Math.abs(now - before)}`),
      );
      table.append(tr);
    }
    compareResult.append(scroller(table, "Geregeld per bouwblok, toen en nu"));
    const moved = { vooruit: [], achteruit: [], anders: [] };
    for (const id of allIds) {
      const was = then.kernpunten[id]?.status || "";
      const is = scan.kernpunten[id]?.status || "";
      if (was === is || (then.toolkit && !then.toolkit.includes(id))) continue;
      const way = was in RANK && is in RANK ? (RANK[is] > RANK[was] ? "vooruit" : "achteruit") : "anders";
      moved[way].push(`${labelOf(id)}: ${label(was)} → ${label(is)}`);
    }
    const added = then.toolkit
      ? allIds.filter((id) => !then.toolkit.includes(id)).map((id) => labelOf(id))
      : [];
    const gone = [...new Set([...(then.toolkit || []), ...Object.keys(then.kernpunten)])]
      .filter((id) => !points.has(id))
      .sort()
      .map((id) => {
        const entry = then.kernpunten[id] || {};
        return [
          `${entry.tekst || id} (${id}, ${kind(id)}): toen ${label(entry.status || "")}`,
          ...details(entry),
        ].join(" — ");
      });
    const lists = [
      ["Vooruitgegaan", moved.vooruit],
      ["Achteruitgegaan", moved.achteruit],
      ["Anders (niet van toepassing)", moved.anders],
      ["Nieuw in de toolkit sinds de basis", added],
      ["Uit de toolkit sinds de basis", gone],
    ];
    for (const [title, items] of lists) {
      compareResult.append(el("h3", "", `${title} (${items.length})`));
      const list = el("ul", "tk-compare__list");
      list.append(...(items.length ? items : ["geen"]).map((text) => el("li", "", text)));
      compareResult.append(list);
    }
  };

  const partnersResult = $(".tk-partners__result");
  const renderPartners = () => {
    partnersResult.replaceChildren();
    if (!partners.length) return;
    const names = partners.map((p) => p.name);
    partnersResult.append(el("p", "", `Geladen: ${names.join(", ")}.`));
    for (const block of blocks) {
      partnersResult.append(el("h3", "", `${block.number}. ${block.title}`));
      for (const id of block.ids) {
        const entries = partners.map((p) => p.scan.kernpunten[id] || {});
        const statuses = new Set(entries.map((e) => e.status).filter(Boolean));
        const differ = statuses.size > 1;
        const box = el("div", `tk-partners__point${differ ? " tk-partners__point--differ" : ""}`);
        box.dataset.tkPoint = id;
        const title = el("h4", "", labelOf(id));
        if (differ) title.append(" ", el("strong", "tk-partners__differ", "≠ verschil"));
        box.append(title);
        const list = el("ul");
        partners.forEach((partner, index) => {
          const item = el("li", "", `${partner.name}: ${label(entries[index].status || "")}`);
          for (const line of details(entries[index]))
            item.append(el("span", "tk-partners__note", ` — ${line}`));
          list.append(item);
        });
        const choice = el("p", "tk-partners__choice");
        const select = el("select");
        select.id = `tk-gedeeld-${id}`;
        select.dataset.tkShared = id;
        const chooser = el("label", "", `Gedeelde status ${points.get(id).number}`);
        chooser.htmlFor = select.id;
        select.append(el("option", "", "kies…"));
        select.options[0].value = "";
        for (const [value, text] of Object.entries(STATUS))
          select.append(Object.assign(el("option", "", text), { value }));
        if (statuses.size === 1) select.value = [...statuses][0];
        choice.append(chooser, " ", select);
        box.append(list, choice);
        partnersResult.append(box);
      }
    }
    const settle = el("p", "tk-scan__buttons");
    const button = el("button", "md-button md-button--primary", "Gedeelde scan maken");
    button.type = "button";
    button.dataset.tkAction = "settle";
    settle.append(button);
    partnersResult.append(settle);
  };

  // The shared scan: the chosen status per key point, every partner's note kept (named).
  const settle = () => {
    const shared = empty();
    shared.regio = partners.find((p) => p.scan.regio)?.scan.regio || scan.regio;
    shared.organisatie = "Gedeeld";
    shared.datum = new Date().toISOString().slice(0, 10);
    const ids = new Set(partners.flatMap((p) => Object.keys(p.scan.kernpunten)));
    for (const id of [...allIds, ...ids]) {
      const entries = partners.map((p) => [p.name, p.scan.kernpunten[id] || {}]);
      const entry = {};
      const chosen = root.querySelector(`[data-tk-shared="${id}"]`)?.value;
      if (chosen) entry.status = chosen;
      const notes = entries.filter(([, e]) => e.notitie).map(([name, e]) => `${name}: ${e.notitie}`);
      if (notes.length) entry.notitie = notes.join("\n").slice(0, MAX_NOTE);
      const owners = [...new Set(entries.map(([, e]) => e.wie).filter(Boolean))];
      if (owners.length) entry.wie = owners.join("; ").slice(0, 200);
      const dates = entries
        .map(([, e]) => e.wanneer)
        .filter(Boolean)
        .sort();
      if (dates.length) entry.wanneer = dates[0];
      if (!Object.keys(entry).length) continue;
      entry.tekst = points.get(id)?.text || entries.find(([, e]) => e.tekst)?.[1].tekst || "";
      if (!entry.tekst) delete entry.tekst;
      shared.kernpunten[id] = entry;
    }
    replace(
      tidy(shared),
      `De gedeelde scan van ${partners.length} partners staat nu op deze pagina. Bewaar hem met "Exporteren als bestand".`,
      "de gedeelde scan",
      "Gedeelde scan maken",
      $("#tk-partners-message"),
    );
  };

  const loadPartners = async (files) => {
    const loaded = [];
    const problems = [];
    for (const file of files) {
      try {
        const { scan: partnerScan } = await readScanFile(file);
        loaded.push({ name: partnerScan.organisatie || partnerScan.regio || file.name, scan: partnerScan });
      } catch (error) {
        problems.push(error.message.replace(NOTHING_CHANGED, ""));
      }
    }
    for (const partner of loaded) {
      if (loaded.filter((p) => p.name === partner.name).length > 1)
        partner.name += ` (${partner.scan.datum || "?"})`;
    }
    partners = loaded;
    renderPartners();
    renderChart();
    message(
      $("#tk-partners-message"),
      `${loaded.length} scan(s) van partners geladen.` +
        (problems.length ? ` Niet geladen: ${problems.join(" ")}` : ""),
      problems.length > 0,
    );
  };

  const loadBaseline = async (file) => {
    const box = $("#tk-compare-message");
    try {
      const { scan: then } = await readScanFile(file);
      baseline = then;
      try {
        localStorage.setItem(BASELINE, JSON.stringify(then));
        message(box, `De basis is geladen en in deze browser bewaard: ${file.name}.`);
      } catch {
        message(
          box,
          `De basis is geladen, maar deze browser kan hem niet bewaren: laad hem de volgende keer opnieuw.`,
          true,
        );
      }
      renderExtras();
    } catch (error) {
      message(box, error.message.replace(NOTHING_CHANGED, " Er is niets veranderd."), true);
    }
  };

  const series = () => [
    { name: partners.length ? "Deze pagina" : "Nu", scan },
    ...(baseline
      ? [{ name: `Basis ${baseline.datum ? dutchDate(baseline.datum) : ""}`.trim(), scan: baseline }]
      : []),
    ...partners.map(({ name, scan: partnerScan }) => ({ name, scan: partnerScan })),
  ];
  const renderChart = () => drawChart($("#tk-chart"), blocks, series());
  const renderExtras = () => {
    renderCompare();
    renderChart();
    buildPlan();
  };

  const print = (mode) => {
    buildPlan();
    renderChart();
    document.documentElement.dataset.tkPrint = mode;
    window.print();
  };
  window.addEventListener("afterprint", () => delete document.documentElement.dataset.tkPrint);
  window.addEventListener("beforeprint", () => {
    buildPlan();
    renderChart();
  });
  let width = 0;
  new ResizeObserver(() => {
    const now = $(".tk-chart__figure").clientWidth;
    if (now !== width) {
      width = now;
      renderChart();
    }
  }).observe($(".tk-chart__figure"));

  const onFiles = (input, handler) =>
    input.addEventListener("change", async () => {
      if (input.files.length) await handler(input.multiple ? [...input.files] : input.files[0]);
      input.value = "";
    });
  onFiles($("#tk-scan-file"), importScan);
  onFiles($("#tk-compare-file"), loadBaseline);
  onFiles($("#tk-partners-file"), loadPartners);
  const actions = {
    "print-plan": () => print("plan"),
    "print-scan": () => print("scan"),
    csv: downloadPlan,
    export: exportScan,
    import: () => $("#tk-scan-file").click(),
    clear: clearScan,
    backup: () =>
      download("zelfscan-niet-gelezen.json", localStorage.getItem(BACKUP) || "", "application/json"),
    baseline: () => $("#tk-compare-file").click(),
    "baseline-clear": () => {
      baseline = null;
      try {
        localStorage.removeItem(BASELINE);
      } catch {
        // nothing stored, nothing to remove
      }
      message($("#tk-compare-message"), "De basis is weggehaald.");
      renderExtras();
    },
    partners: () => $("#tk-partners-file").click(),
    settle,
  };
  root.addEventListener("click", (event) =>
    actions[event.target.closest("[data-tk-action]")?.dataset.tkAction]?.(),
  );

  render();
  let backupKept = false;
  try {
    backupKept = Boolean(localStorage.getItem(BACKUP));
  } catch {
    // blocked storage: nothing was set aside
  }
  $("[data-tk-action=backup]").hidden = !backupKept || unreadable; // the message has its own button
  if (unreadable) {
    const button = el("button", "md-button", "Niet gelezen scan downloaden");
    button.type = "button";
    button.dataset.tkAction = "backup";
    mainMessage(
      "De scan die in deze browser stond, kon deze pagina niet lezen (misschien gemaakt met een " +
        "nieuwere versie van de site). Hij is apart gezet: download hem hieronder, begin opnieuw " +
        "of importeer een geëxporteerd bestand.",
      true,
      button,
    );
  }
  for (const hidden of root.querySelectorAll("#tk-scan-tools, .tk-scan__extra")) hidden.hidden = false;
  root.classList.add("tk-scan--js");
  renderChart();
}

const root = document.getElementById("tk-scan");
if (root) page(root);
