// The page's behaviour: notes on hover and focus, moves between a figure and its related
// figures, filters, and "show what was checked". Plain DOM, no framework; nothing is fetched.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sc-data").textContent);
  var L = data.labels;
  var byN = {}, byMark = {};
  data.findings.forEach(function (f) {
    byN[f.n] = f;
    f.marks.forEach(function (m, i) {
      (byMark[m] = byMark[m] || []).push({ f: f, i: i });
    });
  });
  var SYMBOL = { error: "\u2716", warning: "\u25B2", info: "\u25CF" };
  var hiddenSev = {}, hiddenRule = {};
  var tip = document.getElementById("tip");
  var lit = [];

  function label(f, i) { return f.labels ? f.labels[i] : ""; }
  function visible(f) { return !hiddenSev[f.sev] && !hiddenRule[f.rule]; }
  function pieces(id) { return document.querySelectorAll('mark[data-m="' + id + '"]'); }
  function markOf(el) { return el && el.closest ? el.closest("mark[data-m]") : null; }
  function text(tag, cls, s) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = s;
    return e;
  }

  function unlight() {
    lit.forEach(function (e) { e.classList.remove("lit"); });
    lit = [];
  }
  function light(uses) {
    unlight();
    uses.forEach(function (u) {
      u.f.marks.forEach(function (m) {
        pieces(m).forEach(function (e) { e.classList.add("lit"); lit.push(e); });
      });
    });
  }

  function showTip(mark) {
    var uses = (byMark[mark.dataset.m] || []).filter(function (u) { return visible(u.f); });
    if (!uses.length) return;
    tip.textContent = "";
    uses.forEach(function (u) {
      var f = u.f;
      var head = SYMBOL[f.sev] + " " + L[f.sev] + " \u00B7 " + f.rule + " \u00B7 #" + f.n;
      if (u.i > 0) head = L.related + " #" + f.n + (label(f, u.i) ? " (" + label(f, u.i) + ")" : "") + " \u00B7 " + f.rule;
      tip.appendChild(text("div", "t-head c-" + f.sev, head));
      var msg = document.getElementById("d" + f.n);  // the panel's entry: its last text
      tip.appendChild(text("div", "t-line", msg ? msg.lastChild.textContent : ""));
      if (f.stated || f.expected) {
        var vals = [];
        if (f.stated) vals.push(L.stated + ": " + f.stated);
        if (f.expected) vals.push(L.expected + ": " + f.expected);
        tip.appendChild(text("div", "t-line", vals.join(" \u00B7 ")));
      }
      if (f.sug) tip.appendChild(text("div", "t-line", L.help + ": " + f.sug));
      if (u.i === 0 && f.marks.length > 1) {
        var rel = f.marks.slice(1).map(function (m, k) {
          var e = document.getElementById(m);
          var shown = e ? e.textContent.replace(/\\/g, "") : "";
          return shown + (label(f, k + 1) ? " (" + label(f, k + 1) + ")" : "");
        });
        tip.appendChild(text("div", "t-line t-muted", L.related_figures + ": " + rel.join(", ")));
      }
      tip.appendChild(text("div", "t-line t-muted", f.where + (f.origin ? " \u2014 " + f.origin : "")));
    });
    tip.hidden = false;
    // In a corner of the window, away from the figure, so that its related figures stay in view.
    var r = mark.getBoundingClientRect();
    var low = r.top > window.innerHeight / 2;
    tip.style.top = low ? "1rem" : "";
    tip.style.bottom = low ? "" : "1rem";
    light(uses);
  }
  function hideTip() { tip.hidden = true; unlight(); }

  function go(id) {
    var el = document.getElementById(id);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    showTip(el);
  }

  // A click (or Enter) on a figure moves to its next related figure, and from the last back.
  function step(mark) {
    var id = mark.dataset.m;
    var uses = (byMark[id] || []).filter(function (u) { return visible(u.f); });
    if (!uses.length) return;
    var chain = uses[0].f.marks;
    if (chain.length < 2) { go(id); return; }
    go(chain[(chain.indexOf(id) + 1) % chain.length]);
  }

  function order() {
    return Array.prototype.filter.call(
      document.querySelectorAll("mark.primary[id]"),
      function (e) { return !e.classList.contains("off"); });
  }
  function next(delta) {
    var all = order();
    if (!all.length) return;
    var at = all.indexOf(markOf(document.activeElement));
    var i = at < 0 ? (delta > 0 ? 0 : all.length - 1) : (at + delta + all.length) % all.length;
    go(all[i].id);
  }

  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m) showTip(document.getElementById(m.dataset.m) || m);
  });
  document.addEventListener("mouseout", function (e) {
    var m = markOf(e.target);
    if (m && !m.contains(e.relatedTarget) && !markOf(document.activeElement)) hideTip();
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) showTip(m); else hideTip();
  });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) { e.preventDefault(); step(document.getElementById(m.dataset.m) || m); return; }
    var a = e.target.closest ? e.target.closest("a.to, a.jump") : null;
    if (a && a.getAttribute("href")) {
      e.preventDefault();
      go(a.getAttribute("href").slice(1));
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.target.matches && e.target.matches("input, textarea, select")) return;
    if (e.key === "Escape") { hideTip(); return; }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var m = markOf(e.target);
    if (m && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); step(m); return; }
    if (e.key === "n" || e.key === "j") { e.preventDefault(); next(1); }
    if (e.key === "p" || e.key === "k") { e.preventDefault(); next(-1); }
  });

  function filter() {
    Object.keys(byMark).forEach(function (id) {
      var uses = byMark[id].filter(function (u) { return visible(u.f); });
      var primary = uses.filter(function (u) { return u.i === 0; });
      var off = uses.length === 0;
      pieces(id).forEach(function (e) {
        e.classList.toggle("off", off);
        e.classList.toggle("primary", primary.length > 0);
        e.classList.toggle("rel", uses.length > primary.length);
        if (e.id) {
          e.tabIndex = primary.length ? 0 : -1;
          if (primary.length) {
            e.dataset.badge = SYMBOL[primary[0].f.sev] + "\u2009" + primary.map(function (u) { return u.f.n; }).join(",");
          } else {
            delete e.dataset.badge;
          }
        }
      });
    });
    document.querySelectorAll("#panel li.entry").forEach(function (li) {
      li.hidden = !visible(byN[li.dataset.n]);
    });
    document.querySelectorAll("#panel details.group").forEach(function (d) {
      d.hidden = !!(hiddenSev[d.dataset.sev] || hiddenRule[d.dataset.rule]);
    });
    hideTip();
  }
  document.querySelectorAll("#panel input[data-sev], #panel input[data-rule]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.dataset.sev) hiddenSev[box.dataset.sev] = !box.checked;
      else hiddenRule[box.dataset.rule] = !box.checked;
      filter();
    });
  });

  var toggle = document.getElementById("toggle-checked");
  toggle.addEventListener("click", function () {
    var on = toggle.getAttribute("aria-pressed") !== "true";
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    toggle.textContent = on ? toggle.dataset.hide : toggle.dataset.show;
    document.body.classList.toggle("show-checked", on);
    document.querySelectorAll(".checked").forEach(function (d) { d.hidden = !on; });
  });

  document.documentElement.dataset.ready = "1";
})();
