// Live preview of the exercise form's pose: as the therapist types joint angles, the start and end pictures
// are redrawn by the server (GET, nothing stored). Without JavaScript the "Update preview" button does the same.
(function () {
  'use strict';
  var form = document.querySelector('form[data-pose-preview]');
  if (!form) { return; }
  var pose = form.querySelector('input[name="poseJson"]');
  var pictures = { start: form.querySelector('img[data-preview="start"]'), end: form.querySelector('img[data-preview="end"]') };
  if (!pose || !pictures.start || !pictures.end) { return; }
  var timer = null;

  function redraw() {
    var params = new URLSearchParams();
    params.set('pose', pose.value);
    form.querySelectorAll('input[name^="angle."]').forEach(function (input) {
      params.append(input.name, input.value);
    });
    ['start', 'end'].forEach(function (stage) {
      var url = '/exercise-pictures/preview/' + stage + '.svg?' + params.toString();
      var probe = new Image();
      probe.onload = function () { pictures[stage].src = url; };
      probe.src = url;
    });
  }

  form.addEventListener('input', function (event) {
    if (!event.target.name || event.target.name.indexOf('angle.') !== 0) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(redraw, 300);
  });
})();
