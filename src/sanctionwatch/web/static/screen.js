// The screening box: posts one yente-shaped query to the API's /match endpoint and
// lists the ranked hits. Every value from the response goes in as text, never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("screen-form");
  if (!form) { return; }
  var status = document.getElementById("screen-status");
  var list = document.getElementById("screen-results");

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function query() {
    var props = { name: [form.elements.name.value.trim()] };
    var born = form.elements.birthDate.value.trim();
    var country = form.elements.country.value.trim().toLowerCase();
    if (born) { props.birthDate = [born]; }
    if (country) { props.country = [country]; }
    return { queries: { q: { schema: form.elements.schema.value, properties: props } } };
  }

  function explain(result) {
    var ul = el("ul", null, "features");
    var parts = result.explanations || {};
    var names = Object.keys(result.features || {});
    names.forEach(function (name) {
      var detail = parts[name] || {};
      var text = name + " " + Number(result.features[name]).toFixed(2);
      if (detail.detail) { text += " — " + detail.detail; }
      if (detail.query && detail.candidate) {
        text += " (" + (detail.query || "?") + " ↔ " + (detail.candidate || "?") + ")";
      }
      ul.appendChild(el("li", text));
    });
    return ul;
  }

  var lastQuery = null;

  function reviewText(review) {
    var text = review.decision + " by " + review.user + " on " + review.at.slice(0, 10) +
      ": " + review.reason;
    if (!review.current) { text += " (the list record changed since: review again)"; }
    return text;
  }

  async function decide(result, decision, reasonInput) {
    var user = form.elements.user.value.trim();
    var reason = reasonInput.value.trim();
    if (!user || !reason) {
      status.className = "error-box";
      status.textContent = "A decision needs your name (above) and a reason.";
      return;
    }
    var res = await fetch(form.dataset.reviews, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: lastQuery.queries.q, entity_id: result.id,
                             decision: decision, reason: reason, user: user })
    });
    if (!res.ok) { fail("The decision was not stored (HTTP " + res.status + "): " + await errorText(res)); return; }
    form.requestSubmit();  // screen again: the hit now shows its decision
  }

  function reviewBox(result) {
    var box = el("div", null, "review");
    if (result.review) {
      box.appendChild(el("p", reviewText(result.review),
                         "review-state " + result.review.decision + (result.review.current ? "" : " stale")));
    }
    var reason = el("input");
    reason.name = "reason"; reason.placeholder = "reason"; reason.maxLength = 1000;
    box.appendChild(reason);
    [["confirmed", "Confirm"], ["dismissed", "Dismiss"]].forEach(function (pair) {
      var button = el("button", pair[1], "decide " + pair[0]);
      button.type = "button";
      button.addEventListener("click", function () { decide(result, pair[0], reason); });
      box.appendChild(button);
    });
    return box;
  }

  function hit(result) {
    var li = el("li", null, result.match ? "hit match" : "hit");
    var head = el("div", null, "hit-head");
    var link = el("a", result.caption || result.id);
    link.href = form.dataset.entityUrl + "?id=" + encodeURIComponent(result.id);
    head.appendChild(el("span", Number(result.score).toFixed(2), "score"));
    head.appendChild(link);
    head.appendChild(el("span", result.schema, "kind"));
    if (result.match) { head.appendChild(el("span", "match", "badge st-imposed")); }
    li.appendChild(head);
    var lists = (result.datasets || []).join(", ");
    var others = (result.referents || []).length;
    if (others) { lists += " · the same party as " + others + " other entr" + (others === 1 ? "y" : "ies"); }
    li.appendChild(el("p", lists, "meta"));
    li.appendChild(explain(result));
    li.appendChild(reviewBox(result));
    return li;
  }

  function show(body) {
    var response = (body.responses || {}).q || {};
    var results = response.results || [];
    list.replaceChildren.apply(list, results.map(hit));
    status.className = "";
    status.textContent = results.length
      ? results.length + " hit" + (results.length === 1 ? "" : "s") + ", best first."
      : "No list entity scores above the cut-off for this name.";
  }

  function fail(message) {
    list.replaceChildren();
    status.className = "error-box";
    status.textContent = message;
  }

  async function errorText(res) {
    try {
      var body = await res.json();
      return body.detail || res.statusText;
    } catch (err) {
      return res.statusText;
    }
  }

  form.addEventListener("submit", async function (evt) {
    evt.preventDefault();
    status.className = "";
    status.textContent = "Screening…";
    var res;
    lastQuery = query();
    try {
      res = await fetch(form.dataset.endpoint, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(lastQuery)
      });
    } catch (err) {
      fail("Screening is unavailable: the API could not be reached. Is `sanctionwatch serve` running?");
      return;
    }
    if (!res.ok) {
      var detail = await errorText(res);
      fail("Screening is unavailable (HTTP " + res.status + "): " + detail);
      return;
    }
    show(await res.json());
  });
})();
