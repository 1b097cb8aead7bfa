// Clicking [n] scrolls to and flashes source card n (waiting briefly when the panel is switching
// to that answer); opening an article scrolls its highlighted span into view.
(function () {
  function flash(id, tries) {
    var el = document.getElementById(id);
    if (!el) { if (tries > 0) setTimeout(function () { flash(id, tries - 1); }, 100); return; }
    el.scrollIntoView({block: "nearest", behavior: "smooth"});
    el.classList.add("qa-flash");
    setTimeout(function () { el.classList.remove("qa-flash"); }, 1600);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.qa-cite");
    if (!a) return;
    ev.preventDefault();
    flash(a.getAttribute("href").slice(1), 30);
  }, true);
  document.addEventListener("toggle", function (ev) {
    var d = ev.target;
    if (!d.classList || !d.classList.contains("qa-open") || !d.open) return;
    var box = d.querySelector(".qa-article"), m = d.querySelector(".qa-article mark, .qa-article .qa-span");
    if (box && m) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, true);
})();
