// The lesson form shows every kind's fields without JavaScript (the server keeps only the chosen kind's);
// with it, only the fields of the chosen kind show, and they change with the choice.
(function () {
  'use strict';
  var kind = document.querySelector('[data-lesson-kind]');
  if (!kind) {
    return;
  }

  function show() {
    document.querySelectorAll('[data-kind]').forEach(function (part) {
      part.hidden = part.getAttribute('data-kind') !== kind.value;
    });
  }

  document.querySelectorAll('.no-script-only').forEach(function (note) {
    note.hidden = true;
  });
  kind.addEventListener('change', show);
  show();
}());
