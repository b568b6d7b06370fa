// Optional enhancements: every page works without this file.
(function () {
  "use strict";
  document.querySelectorAll("[data-action=print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  if (navigator.clipboard) {
    document.querySelectorAll("[data-action=copy-link]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var link = document.querySelector("link[rel=canonical]");
        navigator.clipboard.writeText(link ? link.href : location.href).then(function () {
          button.textContent = button.getAttribute("data-copied");
        });
      });
    });
  }
  // Citation pop-overs: the full reference beside a numbered citation on hover or keyboard focus.
  var tip = null;
  function hide() { if (tip) { tip.remove(); tip = null; } }
  function show(anchor) {
    var id = decodeURIComponent(anchor.getAttribute("href").slice(1));
    var target = document.getElementById(id);
    if (!target || !target.classList.contains("ref")) return;
    hide();
    tip = document.createElement("div");
    tip.className = "ref-popover";
    tip.setAttribute("role", "tooltip");
    tip.id = "ref-popover";
    var copy = target.cloneNode(true);
    copy.querySelectorAll(".ref-back").forEach(function (back) { back.remove(); });
    tip.textContent = copy.textContent.trim();
    document.body.appendChild(tip);
    var box = anchor.getBoundingClientRect();
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    tip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + "px";
    anchor.setAttribute("aria-describedby", tip.id);
  }
  document.querySelectorAll(".fulltext a[href^='#']").forEach(function (anchor) {
    anchor.addEventListener("mouseenter", function () { show(anchor); });
    anchor.addEventListener("focus", function () { show(anchor); });
    anchor.addEventListener("mouseleave", hide);
    anchor.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  // Figure viewer: the "View figure" link of each figure opens it large in a modal dialog instead of its own page.
  // Esc closes (the dialog's own cancel), focus goes back to the link, and Tab cycles inside the dialog.
  function trapTab(e, dialog) {
    var items = Array.prototype.filter.call(dialog.querySelectorAll("a[href], button"), function (el) {
      return !el.disabled && el.getClientRects().length > 0;
    });
    if (!items.length) return;
    var first = items[0], last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) { e.preventDefault(); first.focus(); }
  }
  function openFigure(link, figure) {
    var dialog = document.createElement("dialog");
    dialog.className = "figure-dialog";
    var actions = document.createElement("div");
    actions.className = "dialog-actions";
    var page = document.createElement("a");
    page.href = link.href;
    page.textContent = link.getAttribute("data-page");
    var close = document.createElement("button");
    close.type = "button";
    close.className = "tool";
    close.textContent = link.getAttribute("data-close");
    close.addEventListener("click", function () { dialog.close(); });
    actions.appendChild(page);
    actions.appendChild(close);
    var copy = figure.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll(".figure-view").forEach(function (el) { el.remove(); });
    copy.querySelectorAll("img[loading]").forEach(function (img) { img.removeAttribute("loading"); });
    var title = copy.querySelector(".caption-title") || copy.querySelector("figcaption");
    if (title) { title.id = "figure-dialog-title"; dialog.setAttribute("aria-labelledby", title.id); }
    dialog.appendChild(actions);
    dialog.appendChild(copy);
    dialog.addEventListener("keydown", function (e) { if (e.key === "Tab") trapTab(e, dialog); });
    dialog.addEventListener("close", function () { dialog.remove(); link.focus(); });
    document.body.appendChild(dialog);
    dialog.showModal();
    close.focus();
  }
  if (typeof HTMLDialogElement === "function") {
    document.querySelectorAll("a[data-figure]").forEach(function (link) {
      link.addEventListener("click", function (e) {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        var figure = document.getElementById(link.getAttribute("data-figure"));
        if (!figure) return;
        e.preventDefault();
        openFigure(link, figure);
      });
    });
  }
  // Back from a reference to the spot that cited it: each citation gets an id, and following one gives its reference
  // a link back to that very citation (without script the browser's Back button does the same).
  var fullText = document.getElementById("full-text");
  var backLabel = fullText && fullText.getAttribute("data-back");
  document.querySelectorAll(".fulltext a.xref-bibr[href^='#']").forEach(function (anchor, index) {
    if (!backLabel) return;
    if (!anchor.id) anchor.id = "cited-" + (index + 1);
    anchor.addEventListener("click", function () {
      var target = document.getElementById(decodeURIComponent(anchor.getAttribute("href").slice(1)));
      if (!target) return;
      var back = target.querySelector("a.ref-back");
      if (!back) {
        back = document.createElement("a");
        back.className = "ref-back";
        back.lang = document.documentElement.lang;
        back.textContent = "\u21a9 " + backLabel;
        target.appendChild(document.createTextNode(" "));
        target.appendChild(back);
      }
      back.href = "#" + anchor.id;
    });
  });
})();
