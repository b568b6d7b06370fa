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
