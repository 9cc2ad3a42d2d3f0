// Draws the comparison charts from the page's JSON data with Chart.js; without JavaScript (or Chart.js) the
// tables with their bars say the same, so nothing here is needed to read the figures.
(function () {
  "use strict";
  var source = document.getElementById("cohort-chart-data");
  var section = document.querySelector("section.charts");
  if (!source || !section || typeof window.Chart === "undefined") {
    return;
  }

  var data = JSON.parse(source.textContent);
  var palette = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#a16207", "#0f766e"];

  // One bar per cohort in each group: the groups are the figures, the colours the cohorts.
  function draw(canvasId, rows, max) {
    var canvas = document.getElementById(canvasId);
    if (!canvas || rows.length === 0) {
      return;
    }

    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (row) { return row.label; }),
        datasets: data.cohorts.map(function (name, i) {
          return {
            label: name,
            data: rows.map(function (row) { return row.values[i]; }),
            backgroundColor: palette[i % palette.length]
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, max: max } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  section.hidden = false;
  draw("chart-counts", data.counts);
  draw("chart-rates", data.rates, 100);
  draw("chart-readiness", data.readiness);
})();
