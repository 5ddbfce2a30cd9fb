// Zelfscan: a region scores itself per key point, saved only in this browser (localStorage).
// On the zelfscan page it keeps the checklist (overrides/partials/zelfscan.html) and the
// saved scan in step, exports and imports scan files (docs/assets/zelfscan.schema.json) and
// builds the printable action plan. On the home page it adds each block's progress to the
// tiles. Notes are only ever shown with textContent, never as HTML.

const KEY = "nov-toolkit-zelfscan";
const FORMAT = "nov-toolkit-zelfscan";
const VERSION = 1;
const MAX_BYTES = 1024 * 1024; // a real scan is a few kB
const MAX_NOTE = 5000;
const MAX_POINTS = 1000;
const ID = /^k[0-9]{2,}(-[a-z0-9]+)+$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;
// Markup that would run code if some other program showed the note as HTML.
const SCRIPTY = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta)\b|<[^>]*\son[a-z]+\s*=|javascript\s*:/i;
export const STATUS = {
  "nog-niet-gestart": "nog niet gestart",
  "mee-bezig": "mee bezig",
  geregeld: "geregeld",
  "niet-van-toepassing": "niet van toepassing",
};
const NOTHING_CHANGED = " Uw huidige scan is niet veranderd.";

const empty = () => ({ formaat: FORMAT, versie: VERSION, regio: "", datum: "", kernpunten: {} });

// The scan with its key points in id order: the same scan gives the same file.
const tidy = (scan) => ({
  ...scan,
  kernpunten: Object.fromEntries(Object.keys(scan.kernpunten).sort().map((id) => [id, scan.kernpunten[id]])),
});

// Storage: every failure is reported to the caller, never swallowed.
const BACKUP = `${KEY}-onleesbaar`;
let unreadable = false;
function load() {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return check(JSON.parse(raw), false);
  } catch {
    // Not readable here (say, saved by a newer version of the site): keep a copy before
    // the first save replaces it.
    localStorage.setItem(BACKUP, raw);
    unreadable = true;
    return null;
  }
}

function store(scan) {
  localStorage.setItem(KEY, JSON.stringify(scan));
}

// A scan file: checked completely before anything is replaced. Throws a Dutch message.
// A file from elsewhere must not carry markup; what this browser saved is the reader's own
// typing, kept as typed.
export function check(data, fromFile = true) {
  const bad = (why) => {
    throw new Error(`Dit bestand is geen geldige zelfscan: ${why}.${NOTHING_CHANGED}`);
  };
  if (!data || typeof data !== "object" || Array.isArray(data) || data.formaat !== FORMAT) {
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
    if (fromFile && SCRIPTY.test(value)) {
      throw new Error(
        `Dit bestand bevat programmacode of HTML (${what}). Uit voorzorg is het niet ingelezen.` +
          NOTHING_CHANGED,
      );
    }
    return value;
  };
  const scan = empty();
  scan.regio = text(data.regio, 200, "de naam van de regio");
  scan.datum = text(data.datum, 10, "de datum");
  if (!DATE.test(scan.datum)) bad("de datum is geen datum (JJJJ-MM-DD)");
  if (data.gewijzigd !== undefined) scan.gewijzigd = text(data.gewijzigd, 40, "het tijdstip");
  const points = data.kernpunten;
  if (!points || typeof points !== "object" || Array.isArray(points)) bad("de kernpunten ontbreken");
  const ids = Object.keys(points).sort();
  if (ids.length > MAX_POINTS) bad("het bevat te veel kernpunten");
  for (const id of ids) {
    const entry = points[id];
    if (!ID.test(id)) bad(`'${id.slice(0, 40)}' is geen kernpunt-id`);
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) bad(`kernpunt ${id} is leeg`);
    if (entry.status !== undefined && !(entry.status in STATUS)) bad(`kernpunt ${id} heeft een onbekende status`);
    const clean = {};
    if (entry.status) clean.status = entry.status;
    const note = text(entry.notitie, MAX_NOTE, `de notitie bij ${id}`);
    if (note) clean.notitie = note;
    const said = text(entry.tekst, 1000, `de tekst van ${id}`);
    if (said) clean.tekst = said;
    scan.kernpunten[id] = clean;
  }
  return tidy(scan);
}

// Progress of a list of key point ids: geregeld of those that apply.
export function progress(ids, scan) {
  const count = { geregeld: 0, "mee-bezig": 0, "niet-van-toepassing": 0 };
  for (const id of ids) {
    const status = scan.kernpunten[id]?.status;
    if (status in count) count[status] += 1;
  }
  const na = count["niet-van-toepassing"];
  return { done: count.geregeld, busy: count["mee-bezig"], na, of: ids.length - na };
}

const summary = (p) =>
  p.of === 0 && p.na
    ? "niet van toepassing"
    : `${p.done} van ${p.of} geregeld` + (p.na ? ` (${p.na} niet van toepassing)` : "");

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

// Home page: each tile shows its block's progress once a scan exists in this browser.
function tiles() {
  let scan;
  try {
    scan = load();
  } catch {
    return; // blocked storage: no progress to show, and nothing to lose here
  }
  if (!scan) return;
  for (const tile of document.querySelectorAll(".tk-tile[data-kernpunten]")) {
    const ids = tile.dataset.kernpunten.split(" ");
    tile.append(el("p", "tk-tile__scan", `Zelfscan: ${summary(progress(ids, scan))}`));
  }
}

// The zelfscan page.
function page(root) {
  const $ = (selector) => root.querySelector(selector);
  const points = new Map(); // id -> {fieldset, text}
  for (const fieldset of root.querySelectorAll("[data-tk-point]")) {
    const text = fieldset.querySelector(".tk-point__text").textContent;
    const number = fieldset.querySelector(".tk-point__number").textContent;
    points.set(fieldset.dataset.tkPoint, { fieldset, text, number });
  }
  const storageBox = $("#tk-scan-storage");
  const messageBox = $("#tk-scan-message");
  const live = $("#tk-scan-live");
  const regio = $("#tk-scan-regio");
  const datum = $("#tk-scan-datum");
  const file = $("#tk-scan-file");
  let scan = empty();
  let storageOk = true;

  const storageProblem = (error) => {
    storageOk = false;
    storageBox.hidden = false;
    storageBox.textContent =
      "Let op: deze browser kan de zelfscan niet bewaren" +
      (error?.name === "QuotaExceededError" ? " (de opslag is vol)" : " (bijvoorbeeld in een privévenster)") +
      ". Wat u invult, staat alleen op deze pagina en is weg als u haar sluit. " +
      'Bewaar uw werk met "Exporteren als bestand".';
  };
  const message = (text, isError) => {
    messageBox.hidden = false;
    messageBox.className = `tk-scan__message${isError ? " tk-scan__message--error" : ""}`;
    messageBox.setAttribute("role", isError ? "alert" : "status");
    messageBox.textContent = text;
  };
  const save = () => {
    try {
      store(scan);
      if (!storageOk) {
        storageOk = true;
        storageBox.hidden = true;
      }
    } catch (error) {
      storageProblem(error);
    }
  };

  try {
    scan = load() || empty();
  } catch (error) {
    storageProblem(error);
  }

  const render = () => {
    regio.value = scan.regio;
    datum.value = scan.datum;
    for (const [id, { fieldset, text }] of points) {
      const entry = scan.kernpunten[id] || {};
      for (const radio of fieldset.querySelectorAll("input[type=radio]")) {
        radio.checked = radio.value === entry.status;
      }
      fieldset.querySelector("textarea").value = entry.notitie || "";
      const renamed = fieldset.querySelector(".tk-point__renamed");
      renamed.hidden = !(entry.tekst && entry.tekst !== text);
      renamed.textContent = renamed.hidden ? "" : `Deze tekst is gewijzigd sinds uw notitie. Toen: "${entry.tekst}"`;
    }
    renderOrphans();
    renderProgress();
  };

  const renderProgress = () => {
    for (const section of root.querySelectorAll("[data-tk-block]")) {
      const ids = [...section.querySelectorAll("[data-tk-point]")].map((f) => f.dataset.tkPoint);
      section.querySelector("[data-tk-progress]").textContent = summary(progress(ids, scan));
    }
    const all = progress([...points.keys()], scan);
    $("#tk-scan-total").textContent =
      `Totaal: ${summary(all)}` + (all.busy ? `; ${all.busy} mee bezig.` : ".");
  };

  const orphanIds = () => Object.keys(scan.kernpunten).filter((id) => !points.has(id)).sort();

  const renderOrphans = () => {
    const section = $("#tk-scan-orphans");
    const list = section.querySelector("ul");
    list.replaceChildren();
    for (const id of orphanIds()) {
      const entry = scan.kernpunten[id];
      const item = el("li", "tk-scan__orphan");
      item.append(el("strong", "", entry.tekst || id));
      item.append(el("span", "", ` (${id}): ${STATUS[entry.status] || "geen status"}`));
      if (entry.notitie) item.append(el("p", "tk-scan__orphan-note", entry.notitie));
      list.append(item);
    }
    section.hidden = !list.children.length;
  };

  const update = (id) => {
    const { fieldset, text } = points.get(id);
    const status = fieldset.querySelector("input[type=radio]:checked")?.value;
    const notitie = fieldset.querySelector("textarea").value;
    if (status || notitie) {
      scan.kernpunten[id] = { ...(status && { status }), ...(notitie && { notitie }), tekst: text };
    } else {
      delete scan.kernpunten[id];
    }
    fieldset.querySelector(".tk-point__renamed").hidden = true;
  };

  root.addEventListener("input", (event) => {
    const target = event.target;
    const fieldset = target.closest("[data-tk-point]");
    if (target === regio) scan.regio = regio.value;
    else if (target === datum) scan.datum = datum.value;
    else if (fieldset) update(fieldset.dataset.tkPoint);
    else return;
    scan.gewijzigd = new Date().toISOString();
    save();
    renderProgress();
    if (target.type === "radio" && fieldset) {
      const { number } = points.get(fieldset.dataset.tkPoint);
      const block = progress(
        [...fieldset.closest("[data-tk-block]").querySelectorAll("[data-tk-point]")].map(
          (f) => f.dataset.tkPoint,
        ),
        scan,
      );
      live.textContent = `Kernpunt ${number}: ${STATUS[target.value]}. Dit blok: ${summary(block)}.` +
        (storageOk ? " Opgeslagen in deze browser." : " Niet opgeslagen.");
    }
  });

  const hasContent = () => scan.regio || scan.datum || Object.keys(scan.kernpunten).length;

  const exportScan = () => {
    const name = `zelfscan-${(scan.regio || "regio").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "regio"}` +
      `${scan.datum ? `-${scan.datum}` : ""}.json`;
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(tidy(scan), null, 2)}\n`], { type: "application/json" }));
    const link = el("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    message(`De scan is opgeslagen als bestand "${name}" (in uw map met downloads).`);
  };

  const importScan = async (chosen) => {
    if (!chosen) return;
    const name = `"${chosen.name}"`;
    try {
      if (chosen.size === 0) throw new Error(`Het bestand ${name} is leeg.${NOTHING_CHANGED}`);
      if (chosen.size > MAX_BYTES) {
        const mb = (chosen.size / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
        throw new Error(
          `Het bestand ${name} is te groot (${mb} MB) voor een zelfscan; een zelfscan is enkele kB.${NOTHING_CHANGED}`,
        );
      }
      const content = await chosen.text();
      let data;
      try {
        data = JSON.parse(content);
      } catch {
        const kind = content.startsWith("%PDF") ? "een PDF" : "geen JSON-bestand";
        throw new Error(
          `Het bestand ${name} is geen zelfscan: het is ${kind}. Kies een bestand dat u met ` +
            `"Exporteren als bestand" hebt gemaakt (het eindigt op .json).${NOTHING_CHANGED}`,
        );
      }
      const imported = check(data);
      if (hasContent() && !window.confirm("De scan op deze pagina wordt vervangen door de scan uit het bestand. Doorgaan?")) {
        message(`Importeren afgebroken.${NOTHING_CHANGED}`);
        return;
      }
      scan = imported;
      save();
      render();
      const orphans = orphanIds().length;
      message(
        `Geïmporteerd: de scan${scan.regio ? ` van ${scan.regio}` : ""}${scan.datum ? ` (${scan.datum})` : ""}.` +
          (orphans ? ` ${orphans} kernpunt(en) staan niet meer in de toolkit: zie "Vervallen kernpunten" onderaan.` : ""),
      );
    } catch (error) {
      message(error.message, true);
    }
  };

  const clearScan = () => {
    if (!window.confirm("De hele zelfscan uit deze browser wissen? Dit kan niet ongedaan worden gemaakt.")) return;
    scan = empty();
    try {
      localStorage.removeItem(KEY);
    } catch (error) {
      storageProblem(error);
    }
    render();
    message("De zelfscan is gewist uit deze browser.");
  };

  const buildPlan = () => {
    const plan = $("#tk-plan");
    const blocks = plan.querySelector(".tk-plan__blocks");
    blocks.replaceChildren();
    let open = 0;
    for (const section of root.querySelectorAll("[data-tk-block]")) {
      const list = el("ul", "tk-plan__points");
      for (const fieldset of section.querySelectorAll("[data-tk-point]")) {
        const { text, number } = points.get(fieldset.dataset.tkPoint);
        const entry = scan.kernpunten[fieldset.dataset.tkPoint] || {};
        if (entry.status === "geregeld" || entry.status === "niet-van-toepassing") continue;
        const item = el("li", "tk-plan__point");
        item.append(el("strong", "", `${number} ${text}`));
        item.append(el("span", "tk-plan__status", ` (${STATUS[entry.status] || "nog geen status"})`));
        if (entry.notitie) item.append(el("p", "tk-plan__note", entry.notitie));
        list.append(item);
      }
      if (!list.children.length) continue;
      open += list.children.length;
      blocks.append(el("h3", "", section.querySelector("h2").textContent), list);
    }
    plan.querySelector(".tk-plan__about").textContent =
      `${scan.regio || "Regio: ..."}${scan.datum ? `, ${scan.datum}` : ""}. ` +
      `${open} kernpunt(en) nog niet geregeld (wat niet van toepassing is, staat er niet in).`;
  };

  const print = (mode) => {
    if (mode === "plan") buildPlan();
    document.documentElement.dataset.tkPrint = mode;
    window.print();
  };
  window.addEventListener("afterprint", () => delete document.documentElement.dataset.tkPrint);
  // The plan is also what Ctrl+P gives after "Actieplan printen"; keep it current.
  window.addEventListener("beforeprint", buildPlan);

  root.addEventListener("click", (event) => {
    const action = event.target.closest("[data-tk-action]")?.dataset.tkAction;
    if (action === "print-plan") print("plan");
    else if (action === "print-scan") print("scan");
    else if (action === "export") exportScan();
    else if (action === "import") file.click();
    else if (action === "clear") clearScan();
  });
  file.addEventListener("change", async () => {
    await importScan(file.files[0]);
    file.value = "";
  });

  render();
  if (unreadable) {
    message(
      "De scan die in deze browser stond, kon deze pagina niet lezen (misschien gemaakt met een " +
        "nieuwere versie van de site). Er is een kopie van bewaard in de browser; begin opnieuw " +
        "of importeer een geëxporteerd bestand.",
      true,
    );
  }
  $("#tk-scan-tools").hidden = false;
  root.classList.add("tk-scan--js");
}

const root = document.getElementById("tk-scan");
if (root) page(root);
else tiles();
