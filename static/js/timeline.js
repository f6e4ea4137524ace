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
})();
