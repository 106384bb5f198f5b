// Projector page: the QR code of the hall, the live count of ballots and the results by sex and age group,
// refreshed every 3 seconds. Bars are plain divs sized in percent (no chart library).
(function () {
  "use strict";
  var S = {}, $ = function (id) { return document.getElementById(id); };
  var COLOURS = { female: "#cc79a7", male: "#0072b2", other: "#e69f00", unknown: "#999999" };

  function bar(parent, label, parts, max) {
    var row = document.createElement("div"); row.className = "bar-row";
    var name = document.createElement("div"); name.className = "bar-label"; name.textContent = label;
    var track = document.createElement("div"); track.className = "bar-track";
    track.setAttribute("role", "img");
    var words = [];
    parts.forEach(function (p) {
      if (!p[1]) { return; }
      var seg = document.createElement("div");
      seg.style.width = (100 * p[1] / Math.max(max, 1)) + "%";
      seg.style.background = COLOURS[p[0]] || "#56b4e9";
      seg.style.height = "1.6rem"; seg.style.display = "inline-block";
      track.appendChild(seg);
      words.push((S[p[0]] || p[0]) + " " + p[1]);
    });
    track.setAttribute("aria-label", words.join(", "));
    var total = document.createElement("span"); total.textContent = " " + words.join(" · ");
    row.appendChild(name); row.appendChild(track); row.appendChild(total);
    parent.appendChild(row);
  }

  function draw(r) {
    var v = r.votes, out = $("results");
    $("count").textContent = S.ballots + ": " + v.ballots.total + " / " + r.codes;
    out.textContent = "";
    var h = document.createElement("h2"); h.textContent = S.results + " (" + S.by_sex + ")"; out.appendChild(h);
    var max = 0, key = v.method === "ranking" ? "borda" : "votes";
    v.results.forEach(function (c) { max = Math.max(max, c[key].total); });
    v.results.forEach(function (c) {
      bar(out, c.label, ["female", "male", "other", "unknown"].map(function (s) { return [s, c[key][s]]; }), max);
    });
    var h2 = document.createElement("h2"); h2.textContent = S.ballots + " (" + S.by_age + ")"; out.appendChild(h2);
    var ages = v.ballots_by_age_group, amax = 0;
    Object.keys(ages).forEach(function (k) { amax = Math.max(amax, ages[k]); });
    ["child", "youth", "adult", "elder", "unknown"].forEach(function (k) {
      if (ages[k]) { bar(out, S[k] || k, [[k, ages[k]]], amax); }
    });
    if (r.closed) { $("scan").textContent = S.closed; }
  }

  function refresh() {
    fetch("api/results").then(function (x) { return x.json(); }).then(draw).catch(function () {});
  }

  fetch("api/content").then(function (r) { return r.json(); }).then(function (c) {
    S = c.strings;
    document.documentElement.lang = c.lang;
    $("title").textContent = c.project + " — " + S.results;
    $("scan").textContent = S.scan;
    $("qr").alt = S.scan;
    refresh();
    setInterval(refresh, 3000);
  });
})();
