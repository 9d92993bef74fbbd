// The hold timer of "do it now": a button counts the hold down aloud for screen readers and shows big numbers.
// Without JavaScript the page says to count slowly instead; the button stays hidden.
(function () {
  'use strict';
  document.querySelectorAll('.p-timer[data-seconds]').forEach(function (box) {
    var seconds = parseInt(box.getAttribute('data-seconds'), 10);
    var button = box.querySelector('.p-timer__start');
    var count = box.querySelector('.p-timer__count');
    var say = box.querySelector('.p-timer__say');
    if (!button || !count || !say || !(seconds > 0)) { return; }
    button.hidden = false;
    var timer = null;
    button.addEventListener('click', function () {
      if (timer) { clearInterval(timer); }
      var left = seconds;
      count.textContent = left;
      say.textContent = left;
      button.disabled = true;
      timer = setInterval(function () {
        left -= 1;
        if (left > 0) {
          count.textContent = left;
          // Announced every 5 seconds and for the last 3, so a screen reader is not flooded.
          if (left % 5 === 0 || left <= 3) { say.textContent = left; }
        } else {
          clearInterval(timer);
          timer = null;
          count.textContent = '\u2713';
          say.textContent = box.getAttribute('data-done') || 'Done';
          button.disabled = false;
        }
      }, 1000);
    });
  });
})();
