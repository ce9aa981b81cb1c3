// The network of parties sanctioned together, drawn by the vendored Cytoscape.js.
(function () {
  "use strict";
  var COLOURS = { person: "#1f5f99", organization: "#2e8b57", vessel: "#d35400",
                  aircraft: "#8e44ad" };

  function elements(data) {
    var nodes = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, kind: n.kind, focus: n.focus ? 1 : 0,
                       colour: COLOURS[n.kind] || "#7f8c8d" } };
    });
    var edges = data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight } };
    });
    return nodes.concat(edges);
  }

  function draw(box) {
    var source = document.getElementById(box.dataset.graph);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    var cy = window.cytoscape({
      container: box,
      elements: elements(data),
      // Labels count in the layout's node sizes, so names do not sit on each other.
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 400000,
                idealEdgeLength: 120, nodeDimensionsIncludeLabels: true, padding: 20 },
      style: [
        { selector: "node", style: { "label": "data(label)", "background-color": "data(colour)",
          "font-size": 11, "color": "#222", "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "ellipsis", "text-max-width": "140px",
          "text-background-color": "#fff", "text-background-opacity": 0.8,
          "text-background-padding": "1px", "width": 18, "height": 18 } },
        { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#f1c40f",
          "width": 26, "height": 26, "font-weight": "bold" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 5, 1, 6)",
          "line-color": "#b0b7bf", "curve-style": "haystack" } }
      ],
      wheelSensitivity: 0.3,
      maxZoom: 1.4
    });
    cy.fit(undefined, 30);
    cy.on("tap", "node", function (evt) {
      var base = box.dataset.entityUrl;
      if (base) { window.location.href = base + "?name=" + encodeURIComponent(evt.target.data("label")); }
    });
    box.dataset.drawn = String(cy.nodes().length);
  }

  var boxes = document.querySelectorAll(".graph[data-graph]");
  if (boxes.length && typeof window.cytoscape === "undefined") {
    document.querySelectorAll(".vendor-missing").forEach(function (el) { el.hidden = false; });
    return;
  }
  boxes.forEach(draw);
})();
