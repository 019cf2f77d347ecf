// The register's filters and sortable tables, the search page, and the entry pages'
// navigation. No other script runs.
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
        if (row.hidden === ok) { row.hidden = !ok; }  // touch the DOM only on a change
        if (ok) { shown += 1; }
      });
      Array.prototype.forEach.call(sections, function (section) {
        var empty = !section.querySelector("tbody tr:not([hidden])");
        if (section.hidden !== empty) { section.hidden = empty; }
      });
      form.elements.count.value = form.dataset.shown + " " + shown.toLocaleString(document.documentElement.lang);
    }
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    if (selects.some(function (select) { return select.value; }) || (form.elements.text && form.elements.text.value)) {
      apply();  // a choice the browser kept (the reader came back to the page)
    } else {
      form.elements.count.value = form.dataset.shown + " " + rows.length.toLocaleString(document.documentElement.lang);
    }
  }

  // The register: its page brings the first rows of each section; the filters and the
  // column buttons load all rows (rows.json) once and show the first matches of each section.
  // Row: [code, name, body id, body name, basis, levels, validity].
  function registerTable(form) {
    var scope = document.getElementById(form.getAttribute("aria-controls"));
    var limit = Number(form.dataset.limit);
    var sections = Array.prototype.slice.call(scope.querySelectorAll("section[data-nqs-section]"));
    var lang = document.documentElement.lang;
    var columns = [0, 1, 3, 5, 6];
    var data = null;
    var loading = null;
    var order = null;
    var labels = Array.prototype.map.call(sections[0].querySelectorAll("thead th"), function (th) {
      return th.textContent;
    });

    function load() {
      if (!loading) {
        loading = fetch(form.dataset.rows).then(function (answer) { return answer.json(); })
          .then(function (rows) { data = rows; });
      }
      return loading;
    }

    function text(value) { return Array.isArray(value) ? value.join(", ") : String(value); }

    // A cell after the code and the name is named by its column (a card's label on a phone).
    function cell(row, content) {
      var td = document.createElement("td");
      if (row.cells.length > 1) { td.dataset.label = labels[row.cells.length]; }
      if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content; }
      row.appendChild(td);
    }

    function render() {
      var elements = form.elements;
      var needle = elements.text.value.trim().toLocaleLowerCase();
      var shown = 0;
      var total = 0;
      sections.forEach(function (section) {
        var rows = data.filter(function (row) {
          return row[4] === section.dataset.nqsSection &&
            (!elements.body.value || row[2] === elements.body.value) &&
            (!elements.basis.value || row[4] === elements.basis.value) &&
            (!elements.level.value || row[5].indexOf(Number(elements.level.value)) >= 0) &&
            (!needle || (row[0] + " " + row[1] + " " + row[3]).toLocaleLowerCase().indexOf(needle) >= 0);
        });
        if (order) {
          rows.sort(function (a, b) {
            var result = text(a[order.column]).localeCompare(text(b[order.column]), lang, { numeric: true });
            return order.ascending ? result : -result;
          });
        }
        var body = document.createElement("tbody");
        rows.slice(0, limit).forEach(function (row) {
          var tr = document.createElement("tr");
          tr.dataset.body = row[2];
          tr.dataset.basis = row[4];
          tr.dataset.levels = " " + row[5].join(" ") + " ";
          var link = document.createElement("a");
          link.href = row[0] + "/";
          link.textContent = row[0];
          cell(tr, link);
          tr.cells[0].className = "nqs-key";
          cell(tr, row[1]);
          cell(tr, row[3]);
          cell(tr, text(row[5]));
          cell(tr, row[6]);
          body.appendChild(tr);
        });
        var table = section.querySelector("table");
        table.replaceChild(body, table.tBodies[0]);
        section.hidden = rows.length === 0;
        var more = section.querySelector(".nqs-more");
        if (more) { more.hidden = true; }
        shown += Math.min(rows.length, limit);
        total += rows.length;
      });
      elements.count.value = form.dataset.shown + " " + shown.toLocaleString(lang) +
        (total > shown ? " / " + total.toLocaleString(lang) : "");
    }

    function update() { load().then(render); }

    sections.forEach(function (section) {
      var headers = section.querySelector("thead tr").cells;
      Array.prototype.forEach.call(headers, function (th, index) {
        sortButton(th, scope.querySelectorAll("th"), function (ascending) {
          order = { column: columns[index], ascending: ascending };
          update();
        });
      });
    });
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.elements.count.value = form.dataset.shown + " " +
      scope.querySelectorAll("tbody tr").length.toLocaleString(lang);
  }

  // Turns a column header into a button that sorts by it; aria-sort says the order.
  function sortButton(th, headers, sort) {
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
      sort(ascending);
    });
  }

  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      sortButton(th, headers, function (ascending) {
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

  // Pagefind UI words a count of results in one form for one and one for many: its message
  // is a mark (pages.COUNT_MARK) replaced here by the form CLDR gives the count in the page's
  // language ("2 результата", "5 результатов"), before the browser paints it.
  function countResults(element) {
    var forms = JSON.parse(element.dataset.results);
    var lang = document.documentElement.lang;
    var rules = new Intl.PluralRules(lang);
    var mark = /^\u2060(\d+)\u2060([\s\S]*)$/;
    new MutationObserver(function () {
      var message = element.querySelector(".pagefind-ui__message");
      if (!message) { return; }
      // The text node itself is rewritten: Pagefind keeps it and sets the next count there.
      var walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var found = mark.exec(node.data);
        if (found) {
          var count = Number(found[1]);
          node.data = (forms[rules.select(count)] || forms.other)
            .replace("[COUNT]", count.toLocaleString(lang))
            .replace("[SEARCH_TERM]", found[2]);
        }
      }
    }).observe(element, { childList: true, subtree: true, characterData: true });
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
        translations: JSON.parse(element.dataset.translations)
      });
      countResults(element);
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

  // An entry page's navigation is one file for all entry pages (engine.py, NAVIGATION): its
  // links, relative to that file, are put into the page's empty list.
  function navigation(list) {
    var source = new URL(list.dataset.nqsNav, document.baseURI);
    fetch(source).then(function (answer) {
      return answer.ok ? answer.text() : Promise.reject(answer.status);
    }).then(function (html) {
      var shared = new DOMParser().parseFromString(html, "text/html").querySelector("ul");
      shared.querySelectorAll("[href], [src]").forEach(function (element) {
        var name = element.hasAttribute("href") ? "href" : "src";
        element.setAttribute(name, new URL(element.getAttribute(name), source).href);
      });
      list.replaceChildren.apply(list, Array.prototype.slice.call(shared.childNodes));
    }).catch(function () {});  // without it, the header's logo still leads home
  }

  document.querySelectorAll("ul[data-nqs-nav]").forEach(navigation);
  document.querySelectorAll("form[data-nqs-filter]").forEach(function (form) {
    if (form.dataset.rows) { registerTable(form); } else { filterRows(form); }
  });
  document.querySelectorAll("table[data-nqs-sortable]").forEach(sortable);
  document.querySelectorAll("[data-nqs-search]").forEach(search);
}());
