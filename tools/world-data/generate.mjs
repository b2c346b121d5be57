// Builds data/world/: today's sovereign states on the 0.5-degree PRIO-GRID.
// Usage: node generate.mjs <output folder>   (npm run generate writes ../../data/world)
// Inputs are npm packages pinned in package.json; output is byte-identical on every run.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';

const here = path.dirname(fileURLToPath(import.meta.url));

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node generate.mjs <output folder>');
  process.exit(2);
}

// ---------------------------------------------------------------- grid
const COLS = 720;
const ROWS = 360;
const STEP = 0.5;
const cellOf = (lat, lon) => {
  let row = Math.floor((lat + 90) / STEP);
  let col = Math.floor((lon + 180) / STEP);
  row = Math.min(ROWS - 1, Math.max(0, row));
  col = ((col % COLS) + COLS) % COLS;
  return { row, col };
};

// ---------------------------------------------------------------- inputs
const pkgFile = (pkg, file) => path.join(here, 'node_modules', pkg, file);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const version = (pkg) => readJson(pkgFile(pkg, 'package.json')).version;

const topology = readJson(pkgFile('world-atlas', 'countries-50m.json'));
const worldCountries = readJson(pkgFile('world-countries', 'countries.json'));
const countryJson = (name) => readJson(pkgFile('country-json', `src/${name}`));

const wcByIso3 = new Map(worldCountries.map((c) => [c.cca3, c]));
const wcByNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
const isSovereign = (c) => c && c.independent === true;

// Natural Earth features that carry no ISO id or are not sovereign in world-countries,
// but lie inside a UN-recognised sovereign state: drawn as that state.
const FEATURE_TO_SOVEREIGN = {
  'N. Cyprus': 'CYP', // Turkish Republic of Northern Cyprus, recognised only by Turkey
  Somaliland: 'SOM', // self-declared, unrecognised
  Åland: 'FIN', // autonomous region and integral part of Finland (not a dependency)
};
// Kosovo's feature becomes world-countries' Kosovo entry only if that entry is independent.
const kosovo = worldCountries.find((c) => c.name.common === 'Kosovo');
if (isSovereign(kosovo)) FEATURE_TO_SOVEREIGN.Kosovo = kosovo.cca3;

// country-json is keyed by name; names are joined through country-by-iso-numeric.json,
// except these, whose numeric code is missing or wrong there.
// "Cabo Verde" (a second, 2019-like population entry next to "Cape Verde") is deliberately not joined.
const COUNTRY_JSON_NAME_FIXES = {
  Congo: 'COG',
  'The Democratic Republic of Congo': 'COD',
  'Fiji Islands': 'FJI',
  'Holy See (Vatican City State)': 'VAT',
  Kazakhstan: 'KAZ',
  Libya: 'LBY',
  'Micronesia, Federated States of': 'FSM',
  Montenegro: 'MNE', // listed there with 382; ISO 3166-1 numeric of Montenegro is 499
  Myanmar: 'MMR',
  Russia: 'RUS',
  'Sri Lanka': 'LKA',
};

// ---------------------------------------------------------------- csv helpers
const csvField = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (fields) => fields.map(csvField).join(',');
const parseCsv = (text) => {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
};
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- features → polygons
const features = topojson.feature(topology, topology.objects.countries).features;
const sovereigns = worldCountries.filter(isSovereign).map((c) => c.cca3).sort(byString);
const sovereignSet = new Set(sovereigns);

const polygons = []; // { iso3 | null, feature, geometry, bounds, area }
const featureInfo = []; // { name, id, iso3, how }
features.forEach((f, index) => {
  const name = f.properties.name;
  const wc = f.id !== undefined ? wcByNumeric.get(f.id) : undefined;
  let iso3 = null;
  let how;
  if (FEATURE_TO_SOVEREIGN[name]) { iso3 = FEATURE_TO_SOVEREIGN[name]; how = 'mapped'; }
  else if (isSovereign(wc)) { iso3 = wc.cca3; how = 'id'; }
  else how = 'left out';
  featureInfo.push({ index, name, id: f.id ?? '', iso3, how, cells: 0 });
  const g = f.geometry;
  if (!g) return;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const coordinates of parts) {
    const geometry = { type: 'Polygon', coordinates };
    const area = geoArea(geometry);
    if (area > 2 * Math.PI) throw new Error(`polygon of ${name} has inverted winding`);
    polygons.push({ feature: index, iso3, geometry, bounds: geoBounds(geometry), area });
  }
});

// Index polygons by grid row for the bounding-box prefilter.
const rowIndex = Array.from({ length: ROWS }, () => []);
polygons.forEach((p, i) => {
  const [[, y0], [, y1]] = p.bounds;
  const r0 = Math.max(0, Math.floor((y0 + 90) / STEP));
  const r1 = Math.min(ROWS - 1, Math.floor((y1 + 90) / STEP));
  for (let r = r0; r <= r1; r++) rowIndex[r].push(i);
});
const inLonBounds = (p, lon) => {
  const [[x0], [x1]] = p.bounds;
  return x0 <= x1 ? lon >= x0 && lon <= x1 : lon >= x0 || lon <= x1; // x0 > x1: crosses the antimeridian
};

// ---------------------------------------------------------------- cell ownership
const owner = new Array(ROWS * COLS).fill(null);
let overlaps = 0;
for (let row = 0; row < ROWS; row++) {
  const lat = -90 + STEP * row + STEP / 2;
  const candidates = rowIndex[row];
  if (!candidates.length) continue;
  for (let col = 0; col < COLS; col++) {
    const lon = -180 + STEP * col + STEP / 2;
    const hits = new Set();
    const hitFeatures = new Set();
    for (const i of candidates) {
      const p = polygons[i];
      if (hitFeatures.has(p.feature)) continue;
      if (!inLonBounds(p, lon)) continue;
      if (!geoContains(p.geometry, [lon, lat])) continue;
      hitFeatures.add(p.feature);
      if (p.iso3) hits.add(p.iso3);
    }
    for (const fi of hitFeatures) featureInfo[fi].cells++;
    if (hits.size) {
      const sorted = [...hits].sort(byString);
      if (sorted.length > 1) overlaps++;
      owner[row * COLS + col] = sorted[0]; // deterministic tie-break: first iso3
    }
  }
}

// ---------------------------------------------------------------- run-length lines
const lines = []; // [row, col, run, iso3]
const cellsPerState = new Map();
let landCells = 0;
for (let row = 0; row < ROWS; row++) {
  let col = 0;
  while (col < COLS) {
    const iso3 = owner[row * COLS + col];
    if (!iso3) { col++; continue; }
    let end = col + 1;
    while (end < COLS && owner[row * COLS + end] === iso3) end++;
    lines.push([row, col, end - col, iso3]);
    cellsPerState.set(iso3, (cellsPerState.get(iso3) ?? 0) + (end - col));
    landCells += end - col;
    col = end;
  }
}

// Small-state rule: a sovereign state owning no cell centre gets the cell of its representative point.
const smallStates = [];
for (const iso3 of sovereigns) {
  if (cellsPerState.has(iso3)) continue;
  const own = polygons.filter((p) => p.iso3 === iso3);
  let lat, lon, how;
  if (own.length) {
    const largest = own.reduce((a, b) => (b.area > a.area ? b : a));
    [lon, lat] = geoCentroid(largest.geometry);
    how = 'centroid of largest polygon';
  } else {
    [lat, lon] = wcByIso3.get(iso3).latlng;
    how = 'world-countries latlng (no 50m shape)';
  }
  const { row, col } = cellOf(lat, lon);
  lines.push([row, col, 1, iso3]);
  smallStates.push({ iso3, row, col, how, sharedWith: owner[row * COLS + col] ?? '' });
}
lines.sort((a, b) => a[0] - b[0] || a[1] - b[1] || byString(a[3], b[3]));

const present = new Set(lines.map((l) => l[3]));
const missing = sovereigns.filter((s) => !present.has(s));
if (missing.length) throw new Error(`sovereign states missing from cells.csv: ${missing.join(' ')}`);
for (const l of lines) {
  if (l[1] + l[2] > COLS) throw new Error(`run wraps past col 719: ${l.join(',')}`);
  if (!sovereignSet.has(l[3])) throw new Error(`non-sovereign owner ${l[3]}`);
}
const regions = lines.reduce((n, l) => n + l[2], 0);

// ---------------------------------------------------------------- country-json join
const cjIso = countryJson('country-by-iso-numeric.json');
const cjNameToIso3 = new Map();
for (const r of cjIso) {
  if (r.iso === null || r.iso === undefined) continue;
  const wc = wcByNumeric.get(String(r.iso).padStart(3, '0'));
  if (wc) cjNameToIso3.set(r.country, wc.cca3);
}
for (const [name, iso3] of Object.entries(COUNTRY_JSON_NAME_FIXES)) cjNameToIso3.set(name, iso3);
const cjValues = (file, key) => {
  const m = new Map();
  for (const r of countryJson(file)) {
    const iso3 = cjNameToIso3.get(r.country);
    if (!iso3 || r[key] === null || r[key] === undefined || r[key] === '') continue;
    if (m.has(iso3)) throw new Error(`${file}: two entries join to ${iso3}`);
    m.set(iso3, r[key]);
  }
  return m;
};
const cjUnjoined = [...new Set(['country-by-population.json', 'country-by-life-expectancy.json', 'country-by-government-type.json']
  .flatMap((f) => countryJson(f).map((r) => r.country)))].filter((n) => !cjNameToIso3.has(n)).sort(byString);
const population = cjValues('country-by-population.json', 'population');
const lifeExpectancy = cjValues('country-by-life-expectancy.json', 'expectancy');
const government = cjValues('country-by-government-type.json', 'government');

// ---------------------------------------------------------------- COW / GW table
const codesRows = parseCsv(fs.readFileSync(path.join(here, 'cow-gw-codes.csv'), 'utf8'));
const CODES_HEADER = 'iso3,cow_code,cow_abbrev,gw_code,note';
if (codesRows[0].join(',') !== CODES_HEADER) throw new Error('cow-gw-codes.csv: bad header');
const codes = new Map();
for (const r of codesRows.slice(1)) {
  if (r.length !== 5) throw new Error(`cow-gw-codes.csv: bad row ${r.join(',')}`);
  if (codes.has(r[0])) throw new Error(`cow-gw-codes.csv: duplicate ${r[0]}`);
  codes.set(r[0], { cow_code: r[1], cow_abbrev: r[2], gw_code: r[3], note: r[4] });
}
const noCodes = sovereigns.filter((s) => !codes.has(s));
if (noCodes.length) throw new Error(`cow-gw-codes.csv lacks rows for: ${noCodes.join(' ')}`);

// ---------------------------------------------------------------- states.csv
const STATES_HEADER = ['iso3', 'iso_numeric', 'iso2', 'name', 'cow_code', 'cow_abbrev', 'gw_code', 'un_member',
  'population', 'life_expectancy', 'area_km2', 'government', 'landlocked', 'lat', 'lon', 'borders', 'region', 'subregion'];
const stateIds = [...present].sort(byString);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const bool = (v) => (v === true ? 'true' : v === false ? 'false' : '');
const stateRows = stateIds.map((iso3) => {
  const c = wcByIso3.get(iso3);
  const k = codes.get(iso3);
  const borders = (c.borders ?? []).filter((b) => present.has(b)).sort(byString).join(';');
  return {
    iso3, iso_numeric: c.ccn3 ?? '', iso2: c.cca2 ?? '', name: c.name.common,
    cow_code: k.cow_code, cow_abbrev: k.cow_abbrev, gw_code: k.gw_code, un_member: bool(c.unMember),
    population: num(population.get(iso3)), life_expectancy: num(lifeExpectancy.get(iso3)),
    area_km2: num(c.area), government: government.get(iso3) ?? '', landlocked: bool(c.landlocked),
    lat: num(c.latlng?.[0]), lon: num(c.latlng?.[1]), borders, region: c.region ?? '', subregion: c.subregion ?? '',
  };
});
const empties = Object.fromEntries(STATES_HEADER.map((h) => [h, stateRows.filter((r) => r[h] === '').map((r) => r.iso3)]));

// ---------------------------------------------------------------- population check
const statesPopulation = stateRows.reduce((s, r) => s + (r.population ? Number(r.population) : 0), 0);
const sovereignPopulation = sovereigns.reduce((s, iso3) => s + (population.get(iso3) ?? 0), 0);
const allCountryJsonPopulation = countryJson('country-by-population.json').reduce((s, r) => s + (r.population ?? 0), 0);

// ---------------------------------------------------------------- write
fs.mkdirSync(path.join(outDir, 'licenses'), { recursive: true });
const write = (name, text) => fs.writeFileSync(path.join(outDir, name), text);
write('cells.csv', ['row,col,run,iso3', ...lines.map((l) => l.join(','))].join('\n') + '\n');
write('states.csv', [STATES_HEADER.join(','), ...stateRows.map((r) => csvLine(STATES_HEADER.map((h) => r[h])))].join('\n') + '\n');
fs.copyFileSync(pkgFile('world-atlas', 'LICENSE'), path.join(outDir, 'licenses', 'world-atlas-LICENSE'));
fs.copyFileSync(pkgFile('world-countries', 'LICENSE'), path.join(outDir, 'licenses', 'world-countries-LICENSE'));
fs.copyFileSync(pkgFile('country-json', 'LICENSE'), path.join(outDir, 'licenses', 'country-json-LICENSE'));

const leftOut = featureInfo.filter((f) => f.how === 'left out').sort((a, b) => b.cells - a.cells || byString(a.name, b.name));
const mapped = featureInfo.filter((f) => f.how === 'mapped').sort((a, b) => byString(a.name, b.name));
const unverified = [...codes].filter(([, k]) => /unverified/i.test(k.note)).map(([iso3]) => iso3);

const summary = [
  `- land cells (cell centres inside a sovereign state): ${landCells}`,
  `- regions (cells.csv lines expanded by run): ${regions}`,
  `- cells.csv lines: ${lines.length}`,
  `- states: ${stateRows.length}`,
  `- states placed by the small-state rule: ${smallStates.length}${smallStates.length ? ` (${smallStates.map((s) => s.iso3).join(', ')})` : ''}`,
  `- cell centres inside two sovereign features (first iso3 taken): ${overlaps}`,
  `- population in states.csv: ${statesPopulation}`,
  `- population of all sovereign states in country-json: ${sovereignPopulation} (all country-json entries, dependencies included: ${allCountryJsonPopulation})`,
].join('\n');

const sources = `# Sources of data/world

Generated by \`tools/world-data/generate.mjs\`. Regenerate with:

    cd tools/world-data && npm ci && npm run generate

Do not edit these files by hand; the generator writes them byte-identically on every run.

## Files

- \`cells.csv\` — \`row,col,run,iso3\`: run-length encoded ownership of 0.5° cells. The grid has 720 columns × 360 rows;
  \`row\` 0–359 counts from the south (row r spans latitudes −90+0.5r to −90+0.5(r+1)), \`col\` 0–719 from −180° eastward.
  A line says that \`run\` consecutive cells eastward from (row, col) belong to \`iso3\`; runs never wrap past col 719.
  The PRIO-GRID (v2) id of a cell is \`row*720 + col + 1\`. Lines are sorted by row, col, iso3.
- \`states.csv\` — one row per state in cells.csv, sorted by iso3: \`${STATES_HEADER.join(',')}\`.
  An empty field means the source lacks the value.
- \`licenses/\` — the licence texts shipped with the packages.

## Sources

| Package | Version | Taken | Licence |
|---|---|---|---|
| world-atlas | ${version('world-atlas')} | \`countries-50m.json\`: country shapes (TopoJSON), feature id = ISO 3166-1 numeric | ISC (© Michael Bostock); the shapes are Natural Earth 1:50m Admin 0 countries, public domain |
| world-countries | ${version('world-countries')} | \`countries.json\`: cca3, ccn3, cca2, name.common, independent, unMember, borders, latlng, area, landlocked, region, subregion | ODbL 1.0 (© Mohammed Le Doze). \`cells.csv\` and \`states.csv\` are a derived database under the ODbL; attribution: "world-countries, https://github.com/mledoze/countries" |
| country-json | ${version('country-json')} | \`src/country-by-population.json\` (World Bank, about 2018), \`country-by-life-expectancy.json\`, \`country-by-government-type.json\`, \`country-by-iso-numeric.json\` (the join) | MIT (© Samson Daniel) |
| topojson-client | ${version('topojson-client')} | TopoJSON → GeoJSON | ISC |
| d3-geo | ${version('d3-geo')} | geoContains, geoBounds, geoCentroid, geoArea on the sphere | ISC |

Hand-curated table \`tools/world-data/cow-gw-codes.csv\` (cow_code, cow_abbrev, gw_code):

- Correlates of War Project. 2017. *State System Membership List, v2016.* https://correlatesofwar.org/data-sets/state-system-membership
- Gleditsch, Kristian S., and Michael D. Ward. 1999. "Interstate System Membership: A Revised List of the Independent States since 1816." *International Interactions* 25(4): 393–413. Independent states list (ksgmdw.txt) and its microstates list (microstates.txt), http://ksgleditsch.com/data-4.html

An empty code means the list has no entry for the state; the \`note\` column says why.

## Rules

1. A cell belongs to the sovereign state whose Natural Earth feature contains the cell's centre (d3 \`geoContains\`
   on the sphere, prefiltered by each polygon's \`geoBounds\`; bounds that cross the antimeridian are handled).
2. A feature counts when its id joins to a world-countries entry (\`ccn3\`) with \`independent === true\`.
   (Ashmore and Cartier Is. carries Australia's id 036 and so counts as Australia.)
   Features mapped to the UN-recognised sovereign instead:
${mapped.map((f) => `   - ${f.name} → ${f.iso3} (${f.cells} cells)`).join('\n')}
   Kosovo's feature would map to world-countries' Kosovo entry only if that entry were \`independent\`; in
   world-countries ${version('world-countries')} it is not (\`independent: null\`), so Kosovo is left out.
3. Every other feature is left out (dependencies, disputed and unrecognised territories). Left-out features and
   the cell centres they contain:
${leftOut.map((f) => `   - ${f.name}${f.id ? ` (${f.id})` : ''}: ${f.cells}`).join('\n')}
4. A sovereign state that owns no cell centre gets one extra line with run 1 for the cell containing its
   representative point (the centroid of its largest polygon, or world-countries \`latlng\` when the 50m atlas
   lacks it). That cell then has two lines: one region per state per cell.
${smallStates.map((s) => `   - ${s.iso3}: row ${s.row}, col ${s.col} (${s.how}${s.sharedWith ? `; cell centre owned by ${s.sharedWith}` : '; sea cell'})`).join('\n')}
5. country-json is keyed by name and joined through \`country-by-iso-numeric.json\` to world-countries \`ccn3\`;
   names that do not join there are fixed by a table in the generator:
${Object.entries(COUNTRY_JSON_NAME_FIXES).map(([n, i]) => `   - "${n}" → ${i}`).join('\n')}
   country-json names that join to no world-countries entry (dependencies, parts of the UK, duplicates) are not used:
   ${cjUnjoined.map((n) => `"${n}"`).join(', ')}.
6. Numbers are written as the sources give them (lat/lon and area from world-countries, population and
   life expectancy from country-json). A value a source lacks is an empty field. Values are not corrected:
   e.g. world-countries gives Vatican City \`unMember: true\` although the Holy See is a UN observer state.

## Counts

${summary}

## Empty values in states.csv

${STATES_HEADER.filter((h) => empties[h].length).map((h) => `- ${h}: ${empties[h].join(', ')}`).join('\n') || '- none'}
${unverified.length ? `\nCOW/GW rows marked unverified: ${unverified.join(', ')}\n` : ''}`;
write('SOURCES.md', sources);

console.log(summary);
console.log('left out:', leftOut.map((f) => `${f.name}=${f.cells}`).join('; '));
console.log('empty:', JSON.stringify(Object.fromEntries(Object.entries(empties).filter(([, v]) => v.length))));
