// Sign-up forms ask for the browser's time zone (America/Lima, Europe/Madrid…) in a hidden field, so that a new
// account shows times where its owner is. Without JavaScript the field stays empty and the server chooses the
// cohort's zone or the site's.
(function () {
  "use strict";
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    return;
  }
  document.querySelectorAll("input[data-browser-zone]").forEach(function (input) {
    input.value = zone;
  });
})();
