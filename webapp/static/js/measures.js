/*
 * Shows a questionnaire's score as soon as it is complete, before the form is saved: the AKPS total once all 13
 * items have an answer, the PSFS mean once every named activity has a score of 0 to 10. The server scores the saved
 * values (assessments/findings), which are what counts; without JavaScript the score shows after a save.
 */
(function () {
  'use strict';
  function show(el, value) {
    // the live figure replaces the saved one, which may be stale once an answer changes
    var saved = el.parentNode.querySelector('.measure-saved');
    if (saved) {
      saved.hidden = true;
    }
    if (value === null) {
      el.hidden = true;
      el.textContent = '';
    } else {
      el.textContent = el.getAttribute('data-pattern').replace('{0}', value);
      el.hidden = false;
    }
  }
  var akps = document.getElementById('akps-live');
  if (akps) {
    var akpsUpdate = function () {
      var total = 0;
      for (var i = 1; i <= 13; i++) {
        var chosen = document.querySelector('input[name="akps.item' + i + '"]:checked');
        if (!chosen || chosen.value === '') {
          show(akps, null);
          return;
        }
        total += parseInt(chosen.value, 10);
      }
      show(akps, String(total));
    };
    document.getElementById('akps').addEventListener('change', akpsUpdate);
    akpsUpdate();
  }
  var psfs = document.getElementById('psfs-live');
  if (psfs) {
    var psfsUpdate = function () {
      var sum = 0;
      var n = 0;
      for (var i = 1; i <= 5; i++) {
        var name = document.querySelector('[name="psfs.activity' + i + '"]');
        var rating = document.querySelector('[name="psfs.rating' + i + '"]');
        if (!name || name.value.trim() === '') {
          continue;
        }
        var r = rating.value.trim();
        if (!/^(10|[0-9])$/.test(r)) {
          show(psfs, null);
          return;
        }
        sum += parseInt(r, 10);
        n++;
      }
      show(psfs, n === 0 ? null : String(Math.round(sum * 10 / n) / 10));
    };
    document.getElementById('psfs').addEventListener('input', psfsUpdate);
    psfsUpdate();
  }
}());
