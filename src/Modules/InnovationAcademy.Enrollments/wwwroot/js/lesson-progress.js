// Marks a video lesson as done once 90% of it has been watched, through the same form as the button,
// then moves the progress bar in place. Without JavaScript the button does the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-video-completion]");
  var video = document.querySelector(".lesson video");
  if (!form || !video) {
    return;
  }

  var watched = 0;
  var last = 0;
  var sent = false;

  video.addEventListener("timeupdate", function () {
    var now = video.currentTime;
    // Count only time actually played, not a jump to the end.
    if (now > last && now - last < 2) {
      watched += now - last;
    }
    last = now;
    if (!sent && video.duration > 0 && watched / video.duration >= 0.9) {
      sent = true;
      complete();
    }
  });
  video.addEventListener("seeking", function () { last = video.currentTime; });

  function complete() {
    var data = new FormData(form);
    data.set("via", "video");
    fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (!result) {
          sent = false;
          return;
        }
        form.hidden = true;
        var done = form.parentElement.querySelector(".done-line[hidden]");
        if (done) {
          done.hidden = false;
        }
        var bar = document.getElementById("course-progress");
        var value = form.parentElement.querySelector(".progress-value");
        if (bar) {
          bar.value = result.percent;
        }
        if (value) {
          value.textContent = result.percent + " %";
        }
      })
      .catch(function () { sent = false; });
  }
})();
