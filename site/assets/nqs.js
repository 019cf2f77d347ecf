// The register's filters and sortable tables, and the search page. No other script runs.
(function () {
  "use strict";

  // A filter form narrows the rows of the tables in the element it controls: each <select>
  // matches the row's data attribute of the same name (data-levels is a list), the text
  // box matches the row's text. Sections left with no row are hidden.
  function filterRows(form) {
    var scope = document.getElementById(form.getAttribute("aria-controls"));
    var rows = Array.prototype.slice.call(scope.querySelectorAll("tbody tr"));
    var sections = scope.querySelectorAll("section");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    function apply() {
      var text = form.elements.text ? form.elements.text.value.trim().toLocaleLowerCase() : "";
      var shown = 0;
      rows.forEach(function (row) {
        var ok = selects.every(function (select) {
          var value = select.value;
          if (!value) { return true; }
          if (select.name === "level") { return row.dataset.levels.indexOf(" " + value + " ") >= 0; }
          return row.dataset[select.name] === value;
        }) && (!text || row.textContent.toLocaleLowerCase().indexOf(text) >= 0);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      Array.prototype.forEach.call(sections, function (section) {
        section.hidden = !section.querySelector("tbody tr:not([hidden])");
      });
      form.elements.count.value = form.dataset.shown + " " + shown;
    }
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "nqs-sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var lang = document.documentElement.lang;
        rows.sort(function (a, b) {
          var order = a.cells[index].textContent.localeCompare(b.cells[index].textContent, lang, { numeric: true });
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function search(element) {
    var bundle = element.dataset.bundle;
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      var ui = new window.PagefindUI({
        element: "#" + element.id,
        bundlePath: bundle,
        // Results link from the site's root, wherever the site is published.
        baseUrl: new URL(bundle + "../", window.location.href).pathname,
        showImages: false,
        showSubResults: false,
        translations: element.dataset.lang === "kk" ? {
          placeholder: "Іздеу",
          clear_search: "Тазалау",
          load_more: "Тағы көрсету",
          search_label: "Осы сайттан іздеу",
          filters_label: "Сүзгілер",
          zero_results: "[SEARCH_TERM] бойынша ештеңе табылмады",
          many_results: "[SEARCH_TERM] бойынша табылғаны: [COUNT]",
          one_result: "[SEARCH_TERM] бойынша табылғаны: [COUNT]",
          alt_search: "[SEARCH_TERM] бойынша ештеңе табылмады. [DIFFERENT_TERM] бойынша нәтижелер",
          search_suggestion: "[SEARCH_TERM] бойынша ештеңе табылмады. Мына сөздермен іздеп көріңіз:",
          searching: "[SEARCH_TERM] ізделуде..."
        } : undefined
      });
      var input = element.querySelector("input");
      if (input) { input.setAttribute("aria-label", element.dataset.label); }
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) { ui.triggerSearch(query); }
    };
    document.head.appendChild(script);
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
  }

  document.querySelectorAll("form[data-nqs-filter]").forEach(filterRows);
  document.querySelectorAll("table[data-nqs-sortable]").forEach(sortable);
  document.querySelectorAll("[data-nqs-search]").forEach(search);
}());
