// Phone page of a hall vote. Plain ES5-level script for low-end Android browsers: no framework, no CDN.
// Every text comes from /api/content in the phone's (or the workshop's) language; user text is set with
// textContent only.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var state = { content: null, S: {}, code: "", token: "", choices: [] };

  function say(key, kind, extra) {
    var m = $("message");
    m.textContent = (state.S[key] || key) + (extra ? " (" + extra + ")" : "");
    m.setAttribute("data-state", kind);
    m.setAttribute("data-key", key);
  }

  function post(path, body, token) {
    var headers = { "Content-Type": "application/json" };
    if (token) { headers["X-Hall-Token"] = token; }
    return fetch(path, { method: "POST", headers: headers, body: JSON.stringify(body), credentials: "omit" })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { j._status = r.status; return j; }); });
  }

  function fail(j) {
    if (j._status === 413) { say("error", "error", "413"); return; }
    var key = j.error === "invalid" ? (j.reason && j.reason.indexOf("budget") >= 0 ? "over_budget" : "error") : j.error;
    say(state.S[key] ? key : "error", "error", j.error === "invalid" ? j.reason : "");
  }

  function money(v) {
    if (v === null || v === undefined) { return state.S.unknown; }
    var n = Number(v);
    return state.content.currency + " " + n.toLocaleString(state.content.lang, { maximumFractionDigits: 0 });
  }

  function count(v) { return v === null || v === undefined ? state.S.unknown : String(v); }

  function row(dl, label, value) {
    var dt = document.createElement("dt"); dt.textContent = label;
    var dd = document.createElement("dd"); dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }

  function choiceButton(id, label) {
    var b = document.createElement("button");
    b.type = "button";
    b.setAttribute("data-choice", id);
    b.setAttribute("aria-pressed", "false");
    b.setAttribute("aria-label", state.S.choose + ": " + label);
    b.textContent = state.S.choose;
    b.addEventListener("click", function () { toggle(id); });
    return b;
  }

  function card(opt) {
    var li = document.createElement("li");
    li.className = "card";
    li.setAttribute("data-option", opt.id);
    var h = document.createElement("h2");
    var pic = document.createElement("img");
    pic.alt = "";
    pic.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(opt.pictogram_svg);
    h.appendChild(pic);
    h.appendChild(document.createTextNode(opt.name));
    li.appendChild(h);
    var plan = document.createElement("img");
    plan.className = "plan";
    plan.src = opt.thumbnail;
    plan.alt = state.S.plan_of + " " + opt.name;
    plan.width = 360; plan.height = 240;
    li.appendChild(plan);
    var dl = document.createElement("dl");
    row(dl, state.S.per_household, money(opt.per_household));
    row(dl, state.S.per_month, money(opt.monthly_per_household));
    row(dl, state.S.water_gain, count(opt.water_gain_households));
    row(dl, state.S.toilet_gain, count(opt.toilet_gain_households));
    row(dl, state.S.displaced, count(opt.displaced_households));
    li.appendChild(dl);
    var method = state.content.workshop.method;
    if (method === "budget") {
      var ul = document.createElement("ul"); ul.className = "items";
      state.content.items.forEach(function (it) {
        if (it.option_id !== opt.id) { return; }
        var item = document.createElement("li");
        var label = it.label + " — " + money(it.price);
        var b = choiceButton(it.id, label);
        b.textContent = label;
        item.appendChild(b); ul.appendChild(item);
      });
      li.appendChild(ul);
    } else {
      li.appendChild(choiceButton(opt.id, opt.name));
    }
    return li;
  }

  function toggle(id) {
    var method = state.content.workshop.method, at = state.choices.indexOf(id);
    if (method === "single") { state.choices = at >= 0 ? [] : [id]; }
    else if (at >= 0) { state.choices.splice(at, 1); }
    else { state.choices.push(id); }
    show();
  }

  function price(id) {
    var p = 0;
    state.content.items.forEach(function (it) { if (it.id === id) { p = Number(it.price); } });
    return p;
  }

  function show() {
    var method = state.content.workshop.method;
    var buttons = document.querySelectorAll("[data-choice]");
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i], id = b.getAttribute("data-choice"), at = state.choices.indexOf(id);
      b.setAttribute("aria-pressed", at >= 0 ? "true" : "false");
      if (method !== "budget") {
        b.textContent = at < 0 ? state.S.choose : (method === "ranking" ? state.S.rank + " " + (at + 1) : state.S.chosen);
        b.parentNode.setAttribute("data-selected", at >= 0 ? "true" : "false");
      }
    }
    if (method === "budget") {
      var spent = 0;
      state.choices.forEach(function (id) { spent += price(id); });
      var limit = Number(state.content.workshop.budget_limit);
      var line = $("budget-line");
      line.hidden = false;
      line.textContent = state.S.spent + ": " + money(spent) + " / " + state.S.budget + ": " + money(limit);
      line.setAttribute("data-over", spent > limit ? "true" : "false");
    }
  }

  function radios(set, name, keys, chosen) {
    keys.forEach(function (pair) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio"; input.name = name; input.value = pair[0];
      input.id = name + "-" + (pair[0] || "none");
      input.checked = pair[0] === (chosen || "");
      label.appendChild(input);
      label.appendChild(document.createTextNode(state.S[pair[1]]));
      set.appendChild(label);
    });
  }

  function picked(name) {
    var r = document.querySelector("input[name=" + name + "]:checked");
    return r ? r.value : "";
  }

  function openBallot(ballot) {
    var S = state.S, cards = $("cards");
    cards.textContent = "";
    state.content.options.forEach(function (o) { cards.appendChild(card(o)); });
    $("help").textContent = S[state.content.workshop.method + "_help"];
    $("about-you").textContent = S.about_you;
    $("sex-legend").textContent = S.sex;
    $("age-legend").textContent = S.age;
    var sexSet = $("sex-set"), ageSet = $("age-set");
    while (sexSet.children.length > 1) { sexSet.removeChild(sexSet.lastChild); }
    while (ageSet.children.length > 1) { ageSet.removeChild(ageSet.lastChild); }
    radios(sexSet, "sex", [["female", "female"], ["male", "male"], ["other", "other"], ["", "no_answer"]],
      ballot && ballot.sex !== "unknown" ? ballot.sex : "");
    radios(ageSet, "age", [["child", "child"], ["youth", "youth"], ["adult", "adult"], ["elder", "elder"], ["", "no_answer"]],
      ballot ? ballot.age_group : "");
    $("send").textContent = S.send;
    state.choices = ballot ? ballot.choices.slice() : [];
    $("code-form").hidden = true;
    $("ballot-form").hidden = false;
    show();
  }

  $("code-form").addEventListener("submit", function (e) {
    e.preventDefault();
    state.code = $("code").value;
    post("api/open", { code: state.code }).then(function (j) {
      if (j._status !== 200) { fail(j); return; }
      state.token = j.token;
      $("message").textContent = "";
      $("message").removeAttribute("data-key");
      openBallot(j.ballot);
    }, function () { say("error", "error"); });
  });

  $("ballot-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var body = { code: state.code, choices: state.choices, sex: picked("sex"), age_group: picked("age") };
    post("api/ballot", body, state.token).then(function (j) {
      if (j._status !== 200) { fail(j); return; }
      say(j.status === "changed" ? "changed" : "sent", "ok");
    }, function () { say("error", "error"); });
  });

  var params = new URLSearchParams(location.search);
  var lang = params.get("lang");
  fetch("api/content" + (lang ? "?lang=" + encodeURIComponent(lang) : "")).then(function (r) { return r.json(); }).then(function (c) {
    state.content = c; state.S = c.strings;
    document.documentElement.lang = c.lang;
    document.title = c.strings.title + " — " + c.project;
    $("title").textContent = c.strings.title;
    $("workshop").textContent = c.project + (c.workshop.place ? " · " + c.workshop.place : "") + " · " + c.workshop.date;
    $("code-label").textContent = c.strings.code_label;
    $("open").textContent = c.strings.open;
    if (c.closed) { say("closed", "error"); $("code-form").hidden = true; }
    if (params.get("c")) { $("code").value = params.get("c"); }
  });
})();
