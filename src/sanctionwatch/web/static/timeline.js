// The timeline chart: news actions per month, one stacked bar series per authority.
// Data comes from the JSON block the server rendered; Chart.js is vendored (no CDN).
(function () {
  "use strict";
  var PALETTE = ["#1f5f99", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085",
                 "#7f8c8d", "#b7950b", "#2c3e50", "#e84393"];

  function showMissing() {
    document.querySelectorAll(".vendor-missing").forEach(function (el) { el.hidden = false; });
  }

  function draw() {
    var canvas = document.getElementById("timeline");
    var source = document.getElementById("timeline-data");
    if (!canvas || !source) { return; }
    if (typeof window.Chart === "undefined") { showMissing(); return; }
    var data = JSON.parse(source.textContent);
    var datasets = Object.keys(data.series).map(function (authority, i) {
      return { label: authority, data: data.series[authority],
               backgroundColor: PALETTE[i % PALETTE.length] };
    });
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.months, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
                                             ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
    canvas.dataset.drawn = "true";
  }

  var select = document.getElementById("timeline-status");
  if (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  }
  draw();
})();
