// Draws the map and charts of a page from the numbers it embeds (script#chart-data); the same numbers are in the
// page's tables. Uses ECharts (window.echarts) and, for the map, topojson-client (window.topojson).
(function () {
  "use strict";
  var el = document.getElementById("chart-data");
  if (!el || typeof echarts === "undefined") { return; }
  var d = JSON.parse(el.textContent);
  var w = d.words;

  function bars(id, rows, horizontal) {
    var box = document.getElementById(id);
    if (!box || !rows || rows.length === 0) { return; }
    var chart = echarts.init(box, null, { renderer: "svg" });
    var names = rows.map(function (r) { return r.name; });
    var category = { type: "category", data: names };
    var values = [{ type: "value", name: w.projects }, { type: "value", name: w.budget }];
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { data: [w.projects, w.budget] },
      grid: { containLabel: true },
      xAxis: horizontal ? values : category,
      yAxis: horizontal ? category : values,
      series: [
        { name: w.projects, type: "bar", data: rows.map(function (r) { return r.projects; }) },
        { name: w.budget, type: "bar", data: rows.map(function (r) { return r.budget; }),
          xAxisIndex: horizontal ? 1 : 0, yAxisIndex: horizontal ? 0 : 1 }
      ]
    });
  }

  function map(rows) {
    var box = document.getElementById("map");
    if (!box || !rows || typeof topojson === "undefined") { return; }
    var byM49 = {};
    rows.forEach(function (r) { if (r.m49) { byM49[r.m49] = r; } });
    fetch("/assets/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
      var geo = topojson.feature(topo, topo.objects.countries);
      geo.features.forEach(function (f) { f.properties.name = f.id; });
      echarts.registerMap("world", geo);
      var chart = echarts.init(box, null, { renderer: "svg" });
      function draw(measure) {
        var data = rows.filter(function (r) { return r.m49; })
          .map(function (r) { return { name: r.m49, value: r[measure] }; });
        chart.setOption({
          animation: false,
          tooltip: { formatter: function (p) { var r = byM49[p.name]; return r ? r.name + ": " + r[measure] : ""; } },
          visualMap: { min: 0, max: Math.max.apply(null, data.map(function (x) { return x.value; }).concat([1])),
                       calculable: true, inRange: { color: ["#d6e8f5", "#0b3c5d"] } },
          series: [{ type: "map", map: "world", roam: true, data: data, name: w[measure] }]
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
      box.setAttribute("data-drawn", String(geo.features.length));
    });
  }

  bars("chart-years", d.years, false);
  bars("chart-types", d.types, true);
  map(d.countries);
}());
