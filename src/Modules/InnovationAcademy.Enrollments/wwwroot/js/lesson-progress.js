// Marks a video lesson as done once 90% of it has been played, through the same form as the button, then
// moves the progress bar in place. Only time actually played counts (the video's played ranges), not a
// jump to the end. Without JavaScript the button does the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-video-completion]");
  var video = document.querySelector(".lesson video");
  if (!form || !video) {
    return;
  }

  var sent = false;

  function playedShare() {
    var played = 0;
    for (var i = 0; i < video.played.length; i++) {
      played += video.played.end(i) - video.played.start(i);
    }
    return video.duration > 0 ? played / video.duration : 0;
  }

  video.addEventListener("timeupdate", function () {
    if (!sent && playedShare() >= 0.9) {
      sent = true;
      complete();
    }
  });

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
        var section = form.parentElement;
        form.hidden = true;
        var done = section.querySelector(".done-line[hidden]");
        if (done) {
          done.hidden = false;
        }
        var bar = document.getElementById("course-progress");
        var value = section.querySelector(".progress-value");
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
