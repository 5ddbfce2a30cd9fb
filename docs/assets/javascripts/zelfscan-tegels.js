// Home page: each tile of the overview shows its block's progress in the zelfscan once a scan
// is saved in this browser (docs/assets/javascripts/zelfscan.js saves it). Apart from that
// module and small, so the home page does not load the whole zelfscan.

const KEY = "nov-toolkit-zelfscan";

function savedPoints() {
  try {
    const scan = JSON.parse(localStorage.getItem(KEY));
    return scan && typeof scan.kernpunten === "object" ? scan.kernpunten : null;
  } catch {
    return null; // blocked storage or an unreadable scan: no progress to show, nothing to lose
  }
}

// As zelfscan.js says it: geregeld of the key points that apply.
function summary(ids, points) {
  const count = (status) =>
    ids.filter((id) => Object.hasOwn(points, id) && points[id]?.status === status).length;
  const done = count("geregeld");
  const na = count("niet-van-toepassing");
  if (na && na === ids.length) return "niet van toepassing";
  return `${done} van ${ids.length - na} geregeld` + (na ? ` (${na} niet van toepassing)` : "");
}

const points = savedPoints();
for (const tile of points ? document.querySelectorAll(".tk-tile[data-kernpunten]") : []) {
  const line = document.createElement("p");
  line.className = "tk-tile__scan";
  line.textContent = `Zelfscan: ${summary(tile.dataset.kernpunten.split(" "), points)}`;
  tile.append(line);
}
