// Writes serve/assets/country-points.json: one point per country of Natural Earth's 1:10m boundaries
// (world-atlas@2.0.2 countries-10m.json), the area centroid of its largest polygon, keyed by ISO 3166-1 numeric
// (= UN M49) code. The map marks with it the countries too small to see, or missing, at 1:110m (Tonga, Tuvalu).
//   npm pack world-atlas@2.0.2 topojson-client@3.1.0 && tar xzf ... (each into its folder), then
//   node src/tools/country-points.js world-atlas/countries-10m.json topojson-client/dist/topojson-client.min.js
"use strict";
const fs = require("fs");
const [atlas, client] = process.argv.slice(2);
const topojson = require(require("path").resolve(client));
const topo = JSON.parse(fs.readFileSync(atlas, "utf8"));

// Longitudes made continuous along a ring, so a ring across the antimeridian keeps its shape.
function unwrap(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = out[i - 1][0];
    while (lon - prev > 180) { lon -= 360; }
    while (prev - lon > 180) { lon += 360; }
    out.push([lon, ring[i][1]]);
  }
  return out;
}

// Signed area and centroid of a ring in plain degrees (shoelace); enough to place a mark.
function centroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0 ? { area: 0, at: ring[0] } : { area: Math.abs(a / 2), at: [x / (3 * a), y / (3 * a)] };
}

const points = {};
for (const f of topojson.feature(topo, topo.objects.countries).features) {
  if (!f.id || !f.geometry) { continue; }
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = null;
  for (const p of polygons) {
    const c = centroid(unwrap(p[0]));
    if (!best || c.area > best.area) { best = c; }
  }
  let lon = best.at[0];
  while (lon > 180) { lon -= 360; }
  while (lon < -180) { lon += 360; }
  points[f.id] = [Math.round(lon * 100) / 100, Math.round(best.at[1] * 100) / 100];
}
const sorted = {};
Object.keys(points).sort().forEach((k) => { sorted[k] = points[k]; });
process.stdout.write(JSON.stringify(sorted) + "\n");
