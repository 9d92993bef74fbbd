/*
 * Asks before leaving a form whose typing is not saved yet (the browser's own "Leave page?" question), so a
 * half-written assessment or program is not lost to a stray click on the menu. A form marked
 * data-warn-unsaved="dirty" was drawn from unsaved input (an invalid save, a builder step) and starts dirty.
 * Pressing any of the form's buttons submits it, so it is no longer at risk. Without JavaScript nothing changes.
 */
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-warn-unsaved]');
  if (forms.length === 0) {
    return;
  }
  var dirty = false;
  Array.prototype.forEach.call(forms, function (form) {
    if (form.getAttribute('data-warn-unsaved') === 'dirty') {
      dirty = true;
    }
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}());
