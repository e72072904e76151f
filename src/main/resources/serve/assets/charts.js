// Draws the map and charts of a page from the numbers it embeds (script#chart-data); the same numbers are in the
// page's tables. Uses ECharts (window.echarts) and, for the map, topojson-client (window.topojson). Numbers are
// written the way the page's language writes them (Intl.NumberFormat).
(function () {
  "use strict";
  var el = document.getElementById("chart-data");
  if (!el || typeof echarts === "undefined") { return; }
  var d = JSON.parse(el.textContent);
  var w = d.words;
  var whole = new Intl.NumberFormat(d.lang, { maximumFractionDigits: 0 });
  var compact = new Intl.NumberFormat(d.lang, { notation: "compact", maximumFractionDigits: 1 });
  var NO_DATA = "#eeeeee";
  var SHADES = ["#d6e8f5", "#0b3c5d"];

  function bars(id, rows, horizontal) {
    var box = document.getElementById(id);
    if (!box || !rows || rows.length === 0) { return; }
    if (horizontal) {
      // one band of two bars per row, so that long names have room; never less than the stylesheet's height
      box.style.height = Math.max(box.clientHeight, rows.length * 30 + 150) + "px";
    }
    var chart = echarts.init(box, null, { renderer: "svg" });
    var category = { type: "category", data: rows.map(function (r) { return r.name; }) };
    // Axis titles never reach past the box: a horizontal chart's sit at the middle of their axes, outside the
    // labels; a vertical chart's stand above their axes, reaching inwards.
    var counts = { type: "value", name: w.projects, minInterval: 1,
                   axisLabel: { formatter: function (v) { return whole.format(v); } } };
    var budgets = { type: "value", name: w.budget, splitLine: { show: false },
                    axisLabel: { formatter: function (v) { return compact.format(v); } } };
    if (horizontal) {
      [counts, budgets].forEach(function (a) { a.nameLocation = "middle"; a.nameGap = 28; });
    } else {
      counts.nameTextStyle = { align: "left" };
      budgets.nameTextStyle = { align: "right" };
    }
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: function (v) { return whole.format(v); } },
      legend: { data: [w.projects, w.budget], top: 0 },
      grid: horizontal ? { containLabel: true, left: 10, right: 30, top: 80, bottom: 45 }
                       : { containLabel: true, left: 10, right: 10, top: 60, bottom: 10 },
      xAxis: horizontal ? [counts, budgets] : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : [counts, budgets],
      series: [
        { name: w.projects, type: "bar", data: rows.map(function (r) { return r.projects; }) },
        { name: w.budget, type: "bar", data: rows.map(function (r) { return r.budget; }),
          xAxisIndex: horizontal ? 1 : 0, yAxisIndex: horizontal ? 0 : 1 }
      ]
    });
  }

  // Longitudes made continuous along a ring; null for a ring around a pole (it never comes back to its start).
  function unwrap(ring) {
    var out = [ring[0].slice()];
    for (var i = 1; i < ring.length; i++) {
      var lon = ring[i][0], prev = out[i - 1][0];
      while (lon - prev > 180) { lon -= 360; }
      while (prev - lon > 180) { lon += 360; }
      out.push([lon, ring[i][1]]);
    }
    return Math.abs(out[out.length - 1][0] - out[0][0]) > 1e-9 ? null : out;
  }

  // The part of a closed ring on one side of the meridian at {@code bound} (side 1: east of it, -1: west).
  function clip(ring, bound, side) {
    var out = [];
    for (var i = 0; i + 1 < ring.length; i++) {
      var a = ring[i], b = ring[i + 1];
      var inA = side * (a[0] - bound) >= 0, inB = side * (b[0] - bound) >= 0;
      if (inA) { out.push(a); }
      if (inA !== inB) { out.push([bound, a[1] + (bound - a[0]) / (b[0] - a[0]) * (b[1] - a[1])]); }
    }
    if (out.length > 0) { out.push(out[0]); }
    return out;
  }

  // A ring across the antimeridian jumps from +180 to -180; drawn as it is, the jump is a line across the whole
  // map. Each polygon is made continuous and cut at ±180 into the pieces on either side, each moved back.
  function splitAtAntimeridian(geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    var out = [];
    polygons.forEach(function (polygon) {
      var rings = polygon.map(unwrap);
      if (rings.some(function (r) { return r === null; })) { out.push(polygon); return; }
      var lons = rings[0].map(function (p) { return p[0]; });
      var lo = Math.min.apply(null, lons), hi = Math.max.apply(null, lons);
      for (var k = Math.floor((lo + 180) / 360); k * 360 - 180 < hi; k++) {
        var west = k * 360 - 180, east = west + 360;
        var pieces = rings.map(function (r) {
          return clip(clip(r, west, 1), east, -1).map(function (p) { return [p[0] - k * 360, p[1]]; });
        });
        if (pieces[0].length >= 4) {
          out.push([pieces[0]].concat(pieces.slice(1).filter(function (r) { return r.length >= 4; })));
        }
      }
    });
    return { type: "MultiPolygon", coordinates: out };
  }

  // Area of a geometry in square degrees (plain, as the map draws them): how big a country looks.
  function area(geometry) {
    var sum = 0;
    geometry.coordinates.forEach(function (polygon) {
      var ring = polygon[0], a = 0;
      for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      }
      sum += Math.abs(a / 2);
    });
    return sum;
  }

  function map(rows) {
    var box = document.getElementById("map");
    if (!box || !rows || typeof topojson === "undefined") { return; }
    var byM49 = {};
    rows.forEach(function (r) { if (r.m49) { byM49[r.m49] = r; } });
    function json(url) { return fetch(url).then(function (r) { return r.json(); }); }
    Promise.all([json("/assets/countries-110m.json"), json("/assets/country-points.json")]).then(function (got) {
      var topo = got[0], points = got[1];
      var named = {}, shapes = {};
      var geo = topojson.feature(topo, topo.objects.countries);
      // Antarctica (M49 010) benefits from no project; without it the inhabited world gets its height.
      geo.features = geo.features.filter(function (f) { return f.id !== "010"; });
      geo.features.forEach(function (f) {
        // A shape without a code (Somaliland, Kosovo, N. Cyprus in Natural Earth) matches no row: no data.
        var key = f.id || "no-code " + f.properties.name;
        named[key] = f.properties.name;
        f.properties.name = key;
        f.geometry = splitAtAntimeridian(f.geometry);
        shapes[key] = f.geometry;
      });
      echarts.registerMap("world", geo);
      var chart = echarts.init(box, null, { renderer: "svg" });
      chart.setOption({
        animation: false,
        geo: { map: "world", roam: true, top: 10, bottom: 70, left: 10, right: 10,
               itemStyle: { areaColor: NO_DATA, borderColor: "#999999", borderWidth: 0.5 },
               emphasis: { label: { show: false }, itemStyle: { areaColor: "#f2c94c" } } }
      });
      // Beneficiaries missing from the 1:110m shapes, or smaller than about 8 × 8 pixels there, get a mark.
      var origin = chart.convertToPixel({ geoIndex: 0 }, [0, 0]);
      var step = chart.convertToPixel({ geoIndex: 0 }, [1, 1]);
      var pixelsPerSquareDegree = Math.abs((step[0] - origin[0]) * (step[1] - origin[1]));
      var small = Object.keys(byM49).filter(function (m49) {
        return !shapes[m49] || area(shapes[m49]) * pixelsPerSquareDegree < 64;
      }).filter(function (m49) { return points[m49]; });
      var titles = { projects: w.projects, budget: w.budgetWhole, shared: w.budgetShared };
      function draw(measure) {
        var values = rows.filter(function (r) { return r.m49; }).map(function (r) { return r[measure]; });
        chart.setOption({
          tooltip: { trigger: "item", formatter: function (p) {
            var r = byM49[p.name];
            return r ? r.name + ": " + whole.format(r[measure]) : (named[p.name] || p.name) + ": " + w.noProject;
          } },
          visualMap: { min: 0, max: Math.max.apply(null, values.concat([1])), calculable: true, orient: "horizontal",
                       left: "center", bottom: 5, itemWidth: 14, itemHeight: 240, seriesIndex: [0, 1],
                       formatter: function (v) { return compact.format(v); }, inRange: { color: SHADES } },
          series: [
            { type: "map", geoIndex: 0, name: titles[measure], data: rows.filter(function (r) { return r.m49; })
                .map(function (r) { return { name: r.m49, value: r[measure] }; }) },
            { type: "scatter", coordinateSystem: "geo", name: titles[measure], symbolSize: 10,
              itemStyle: { borderColor: "#1a1a1a", borderWidth: 1.5 },
              data: small.map(function (m49) {
                return { name: m49, value: points[m49].concat([byM49[m49][measure]]) };
              }) }
          ]
        });
      }
      draw("projects");
      document.querySelectorAll("input[name=measure]").forEach(function (input) {
        input.addEventListener("change", function () { draw(input.value); });
      });
      chart.on("click", function (p) {
        var r = byM49[p.name];
        if (r) { location.href = "/country/" + r.key + "?lang=" + d.lang; }
      });
      box.setAttribute("data-marked", small.join(" "));
      box.setAttribute("data-drawn", String(geo.features.length));
    });
  }

  bars("chart-years", d.years, false);
  bars("chart-types", d.types, true);
  map(d.countries);
}());
