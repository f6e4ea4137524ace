// The timeline's small behaviours that htmx does not cover. Loaded with <script src> (the
// Content Security Policy allows no inline script); the page works without it.
(function () {
  "use strict";

  // Typing in the actor box asks for suggestions; its change must not submit the filters.
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.matches("[data-no-autosubmit]")) {
      event.stopPropagation();
    }
  }, true);

  // Enter in the actor box picks the first suggestion when there is one.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || !target.matches("#id_add_actor")) return;
    var links = document.querySelectorAll("#actor-suggestions a");
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[0].focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || !target.closest("#actor-suggestions")) return;
    var links = Array.prototype.slice.call(document.querySelectorAll("#actor-suggestions a"));
    var i = links.indexOf(target);
    if (event.key === "ArrowDown" && i < links.length - 1) { event.preventDefault(); links[i + 1].focus(); }
    if (event.key === "ArrowUp") {
      event.preventDefault();
      if (i > 0) links[i - 1].focus(); else document.getElementById("id_add_actor").focus();
    }
    if (event.key === "Escape") { closeSuggestions(); document.getElementById("id_add_actor").focus(); }
  });

  // The suggestion list closes on Esc (in the box or the list) and on a click outside it.
  function closeSuggestions() {
    var suggestions = document.getElementById("actor-suggestions");
    var box = document.getElementById("id_add_actor");
    if (suggestions) suggestions.replaceChildren();
    if (box) box.setAttribute("aria-expanded", "false");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && event.target instanceof Element &&
        event.target.matches("#id_add_actor")) closeSuggestions();
  });
  document.addEventListener("click", function (event) {
    if (event.target instanceof Element && !event.target.closest(".autocomplete")) {
      closeSuggestions();
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target) return;
    var suggestions = document.getElementById("actor-suggestions");
    var box = document.getElementById("id_add_actor");
    if (suggestions && box) {
      box.setAttribute("aria-expanded", suggestions.children.length ? "true" : "false");
    }
  });

  // Every list fragment brings the period fields along (the period may have been set by a
  // bar of the overview). A field the reader is typing in keeps what they typed.
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    var detail = event.detail;
    if (!detail || !detail.target || detail.target.id !== "period-fields") return;
    var active = document.activeElement;
    if (!active || !active.id || !detail.target.contains(active)) return;
    var incoming = detail.fragment && detail.fragment.querySelector("#" + active.id);
    if (incoming && incoming.value !== active.value) {
      incoming.setAttribute("value", active.value);
      incoming.removeAttribute("aria-invalid");
      incoming.classList.remove("invalid");
    }
  });

  // On a phone the filter panel starts folded, so that the list is on the first screen; on a
  // wide screen it stays open beside the list (its summary is only a heading there).
  var narrow = window.matchMedia("(max-width: 52rem)");
  function foldFilters() {
    var panel = document.querySelector(".filter-panel");
    if (panel && narrow.matches) panel.open = false;
  }
  foldFilters();
  document.addEventListener("htmx:historyRestore", foldFilters);
  document.addEventListener("click", function (event) {
    if (!narrow.matches && event.target instanceof Element &&
        event.target.closest(".filter-panel > summary")) event.preventDefault();
  });

  // After the result list is replaced (a filter changed), focus its heading so keyboard and
  // screen-reader users land on the new results; the count is announced by #result-status.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || target.id !== "results") return;
    var active = document.activeElement;
    // Keep focus in the filter form while the reader is typing there.
    if (active && active.closest && active.closest("#filter-form") &&
        active.matches("input[type=search], input[type=text]")) return;
    var heading = document.getElementById("results-heading");
    if (heading) heading.focus({ preventScroll: false });
  });

  // ---------------------------------------------------------------- the time axis
  // The axis (#axis, an SVG drawn by the server) shows the period of the "von/bis" fields.
  // Brush, drag, wheel, its links and keys all write those fields and submit the form: the
  // list, the URL and the axis then follow from that one state.
  var DAY = 86400000;

  function parseDay(text) {
    var p = text.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoDay(ms) {
    var d = new Date(ms);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }
  // The shortest field values for a period: whole years or months when that long.
  function periodValues(startMs, endMs) {
    var s = new Date(startMs), e = new Date(endMs), days = (endMs - startMs) / DAY + 1;
    if (days > 3 * 366) return [String(s.getUTCFullYear()), String(e.getUTCFullYear())];
    if (days > 92) {
      return [s.getUTCFullYear() + "-" + pad(s.getUTCMonth() + 1),
              e.getUTCFullYear() + "-" + pad(e.getUTCMonth() + 1)];
    }
    return [isoDay(startMs), isoDay(endMs)];
  }

  var refocusAxis = false;
  function setPeriod(start, end, keepFocus) {
    var form = document.getElementById("filter-form");
    var from = document.getElementById("id_start"), to = document.getElementById("id_end");
    if (!form || !from || !to) return;
    from.value = start;
    to.value = end;
    refocusAxis = !!keepFocus;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function geometry() {
    var section = document.getElementById("axis");
    var svg = section && section.querySelector("svg");
    if (!svg) return null;
    var rect = svg.getBoundingClientRect();
    var g = {
      section: section, svg: svg,
      start: parseDay(section.dataset.start), days: +section.dataset.days,
      x0: +section.dataset.x0, plotWidth: +section.dataset.plotWidth,
      width: +section.dataset.width, rect: rect
    };
    g.perPx = g.width / rect.width;  // SVG units per CSS pixel
    return g;
  }
  function svgX(g, clientX) { return (clientX - g.rect.left) * g.perPx; }
  function msAt(g, x) {
    var f = Math.max(0, Math.min(1, (x - g.x0) / g.plotWidth));
    return g.start + Math.floor(f * g.days) * DAY;
  }
  // A window of `days` days around `centre` (ms), kept within 1900–2199 as the form is.
  function windowAround(centre, days, fraction) {
    days = Math.max(1, Math.round(days));
    var start = centre - Math.round(days * fraction) * DAY;
    start = Math.max(Date.UTC(1900, 0, 1), Math.min(start, Date.UTC(2199, 11, 31) - (days - 1) * DAY));
    return [start, start + (days - 1) * DAY];
  }
  function zoom(g, factor, centreMs) {
    var fraction = (centreMs - g.start) / (g.days * DAY);
    var w = windowAround(centreMs, g.days * factor, fraction);
    var v = periodValues(w[0], w[1]);
    setPeriod(v[0], v[1], true);
  }
  function pan(g, days) {
    var w = windowAround(g.start + days * DAY, g.days, 0);
    var v = periodValues(w[0], w[1]);
    setPeriod(v[0], v[1], true);
  }

  // Drag over the bars: a brush that selects a period. Drag over the lanes: pan.
  // Two fingers pinch: zoom around their middle once they lift.
  var drag = null, touches = {}, pinch = null;
  function spread() {
    var xs = Object.keys(touches).map(function (k) { return touches[k]; });
    return { d: Math.abs(xs[0] - xs[1]), mid: (xs[0] + xs[1]) / 2 };
  }
  function cancelDrag() {
    if (drag && !drag.brush) {
      drag.g.svg.setAttribute("viewBox", "0 0 " + drag.g.width + " " + drag.g.svg.viewBox.baseVal.height);
    }
    if (drag) drag.g.svg.querySelector(".ax-brush").setAttribute("width", 0);
    drag = null;
  }
  document.addEventListener("pointerdown", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || event.button !== 0) return;
    var svg = target.closest("#axis svg");
    if (!svg) return;
    var g = geometry();
    var x = svgX(g, event.clientX);
    if (event.pointerType === "touch") {
      touches[event.pointerId] = x;
      if (Object.keys(touches).length === 2) {
        cancelDrag();
        pinch = { g: g, start: spread() };
        return;
      }
    }
    var brush = !!target.closest(".ax-brush-zone, .ax-bin");
    drag = { g: g, x: x, brush: brush, moved: false, id: event.pointerId };
  });
  document.addEventListener("pointermove", function (event) {
    if (pinch && event.pointerId in touches) {
      touches[event.pointerId] = svgX(pinch.g, event.clientX);
      return;
    }
    if (!drag || event.pointerId !== drag.id) return;
    var x = svgX(drag.g, event.clientX);
    if (!drag.moved && Math.abs(x - drag.x) < 4 * drag.g.perPx) return;
    drag.moved = true;
    var svg = drag.g.svg;
    if (drag.brush) {
      var rect = svg.querySelector(".ax-brush");
      var left = Math.max(drag.g.x0, Math.min(x, drag.x));
      var right = Math.min(drag.g.x0 + drag.g.plotWidth, Math.max(x, drag.x));
      rect.setAttribute("x", left);
      rect.setAttribute("width", Math.max(0, right - left));
    } else {
      svg.classList.add("ax-panning");
      svg.setAttribute("viewBox", (drag.x - x) + " 0 " + drag.g.width + " " + svg.viewBox.baseVal.height);
    }
  });
  function liftTouch(event) {
    if (!(event.pointerId in touches)) return false;
    var ended = pinch && Object.keys(touches).length === 2 ? spread() : null;
    delete touches[event.pointerId];
    if (!pinch) return false;
    var p = pinch;
    if (!Object.keys(touches).length) pinch = null;
    if (ended && ended.d > 0 && p.start.d > 0) {
      var factor = p.start.d / ended.d;
      suppressClick = true;
      setTimeout(function () { suppressClick = false; }, 0);
      if (Math.abs(1 - factor) > 0.1) zoom(p.g, factor, msAt(p.g, p.start.mid));
    }
    return true;
  }
  document.addEventListener("pointerup", function (event) {
    if (liftTouch(event)) return;
    if (!drag || event.pointerId !== drag.id) return;
    var d = drag;
    drag = null;
    if (!d.moved) return;
    suppressClick = true;
    setTimeout(function () { suppressClick = false; }, 0);
    var x = svgX(d.g, event.clientX);
    if (d.brush) {
      var a = msAt(d.g, Math.min(x, d.x)), b = msAt(d.g, Math.max(x, d.x));
      var v = periodValues(a, b);
      setPeriod(v[0], v[1], false);
    } else {
      var shift = Math.round((d.x - x) / d.g.plotWidth * d.g.days);
      if (shift) pan(d.g, shift);
    }
  });
  document.addEventListener("pointercancel", function (event) {
    delete touches[event.pointerId];
    if (!Object.keys(touches).length) pinch = null;
    cancelDrag();
  });

  // A bar of the axis or a zoom/pan link: the same period, through the form. An event mark
  // whose entry is in the list opens it there, in place (else the link opens its page).
  var suppressClick = false;
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    if (suppressClick && target.closest("#axis svg")) { event.preventDefault(); return; }
    var mark = target.closest("#axis .ax-mark");
    var entry = mark && document.getElementById("event-" + mark.getAttribute("data-event"));
    var more = entry && entry.querySelector("details.event-more");
    if (more && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      more.open = true;
      entry.scrollIntoView({ block: "start" });
      more.querySelector("summary").focus({ preventScroll: true });
      return;
    }
    var link = target.closest("#axis .ax-bin, #axis .axis-nav a");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    setPeriod(link.getAttribute("data-start") || "", link.getAttribute("data-end") || "",
              !!link.closest("svg"));
  });

  // The wheel zooms around the pointer (one request once the wheel rests).
  var wheel = null;
  document.addEventListener("wheel", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || !target.closest("#axis svg") || event.deltaY === 0) return;
    event.preventDefault();
    var g = geometry();
    if (!wheel) wheel = { factor: 1, centre: msAt(g, svgX(g, event.clientX)), timer: 0, g: g };
    wheel.factor *= event.deltaY > 0 ? 1.25 : 0.8;
    clearTimeout(wheel.timer);
    wheel.timer = setTimeout(function () {
      var w = wheel;
      wheel = null;
      zoom(w.g, w.factor, w.centre);
    }, 250);
  }, { passive: false });

  // Keys: one tab stop; arrows walk the marks (or bars) in time and across lanes.
  function items(svg) {
    return Array.prototype.slice.call(svg.querySelectorAll(".ax-item"));
  }
  function moveTo(svg, item) {
    items(svg).forEach(function (other) { other.setAttribute("tabindex", "-1"); });
    item.setAttribute("tabindex", "0");
    item.focus();
  }
  document.addEventListener("keydown", function (event) {
    var item = event.target;
    if (!(item instanceof Element) || !item.matches("#axis .ax-item")) return;
    var svg = item.closest("svg");
    var g = geometry();
    var lane = item.getAttribute("data-lane"), x = +item.getAttribute("data-x");
    var all = items(svg);
    var mine = all.filter(function (o) { return o.getAttribute("data-lane") === lane; });
    mine.sort(function (a, b) { return +a.getAttribute("data-x") - +b.getAttribute("data-x"); });
    var i = mine.indexOf(item), next = null;
    var centre = item.getAttribute("data-event") ? msAt(g, x) : g.start + g.days * DAY / 2;
    switch (event.key) {
      case "ArrowRight": next = mine[i + 1]; break;
      case "ArrowLeft": next = mine[i - 1]; break;
      case "Home": next = mine[0]; break;
      case "End": next = mine[mine.length - 1]; break;
      case "ArrowDown": case "ArrowUp": {
        var lanes = [];
        all.forEach(function (o) {
          var l = o.getAttribute("data-lane");
          if (lanes.indexOf(l) < 0) lanes.push(l);
        });
        var other = lanes[lanes.indexOf(lane) + (event.key === "ArrowDown" ? 1 : -1)];
        var best = Infinity;
        all.forEach(function (o) {
          var d = Math.abs(+o.getAttribute("data-x") - x);
          if (o.getAttribute("data-lane") === other && d < best) { best = d; next = o; }
        });
        break;
      }
      case "+": case "=": zoom(g, 0.5, centre); break;
      case "-": zoom(g, 2, centre); break;
      case "PageUp": pan(g, -Math.max(1, Math.round(g.days / 2))); break;
      case "PageDown": pan(g, Math.max(1, Math.round(g.days / 2))); break;
      case "Enter": case " ":
        if (item.classList.contains("ax-bin")) {
          setPeriod(item.getAttribute("data-start"), item.getAttribute("data-end"), true);
        } else if (event.key === " ") {
          item.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
        } else {
          return;
        }
        break;
      default: return;
    }
    event.preventDefault();
    if (next) moveTo(svg, next);
  });

  // The page htmx keeps for Back shows the axis as drawn, not half dragged.
  document.addEventListener("htmx:beforeHistorySave", function () {
    var svg = document.querySelector("#axis svg");
    if (!svg) return;
    svg.setAttribute("viewBox", "0 0 " + svg.getAttribute("width") + " " + svg.getAttribute("height"));
    svg.classList.remove("ax-panning");
    svg.querySelector(".ax-brush").setAttribute("width", 0);
  });

  // The focused or hovered mark or bar, in words under the chart.
  function readout(event) {
    var target = event.target;
    var item = target instanceof Element && target.closest("#axis .ax-mark, #axis .ax-bin");
    var line = document.getElementById("axis-readout");
    if (item && line) line.textContent = item.getAttribute("aria-label");
  }
  document.addEventListener("focusin", readout);
  document.addEventListener("mouseover", readout);

  // The axis is drawn as wide as its box: tell the server the width with every request for
  // it, and draw again when the box is much wider or narrower than the drawing.
  function axisWidth() {
    var results = document.getElementById("results");
    return results ? Math.round(results.getBoundingClientRect().width - 26) : 0;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    var detail = event.detail;
    if (detail && detail.path && detail.path.indexOf("part=summary") >= 0 && axisWidth() > 0) {
      detail.parameters.w = axisWidth();
    }
  });
  // Only the drawing is replaced, and only if nothing else replaced it meanwhile (a filter
  // change brings its own axis; a late answer for the old URL must not overwrite it).
  function redrawIfResized() {
    var section = document.getElementById("axis");
    var width = axisWidth();
    if (!section || !width || !window.fetch || !window.DOMParser) return;
    if (Math.abs(width - +section.dataset.width) / width < 0.12) return;
    var url = location.pathname + location.search;
    var sep = location.search ? "&" : "?";
    fetch(url + sep + "part=summary&w=" + width, { headers: { "HX-Request": "true" } })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        if (!html || document.getElementById("axis") !== section) return;
        if (location.pathname + location.search !== url) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("axis");
        if (fresh) section.replaceWith(document.importNode(fresh, true));
      })
      .catch(function () {});
  }
  var resizeTimer = 0;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(redrawIfResized, 300);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", redrawIfResized);
  } else {
    redrawIfResized();
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (!refocusAxis || !target || target.id !== "summary") return;
    refocusAxis = false;
    var first = document.querySelector('#axis .ax-item[tabindex="0"]');
    if (first) first.focus();
  });
})();
