// The hold timer of "do it now": counts each hold down in big numbers (aloud for screen readers), walks through
// the sets and sides ("Set 2 of 3 · left side"), and can be paused and started over. It waits for the patient
// between holds, who may need to turn round or rest. Without JavaScript the page says to count slowly instead;
// the buttons stay hidden. Every text comes from the page.
(function () {
  'use strict';

  function fill(pattern, a, b) {
    return (pattern || '').replace('%1', a).replace('%2', b);
  }

  function holdsOf(box) {
    var sets = parseInt(box.getAttribute('data-sets'), 10) || 1;
    var perSet = parseInt(box.getAttribute('data-holds'), 10) || 1;
    var sides = (box.getAttribute('data-sides') || '').split(' ').filter(Boolean);
    var list = [];
    for (var set = 1; set <= sets; set++) {
      (sides.length ? sides : [null]).forEach(function (side) {
        for (var hold = 1; hold <= perSet; hold++) {
          list.push({ set: set, sets: sets, side: side, hold: hold, holds: perSet });
        }
      });
    }
    return list;
  }

  function describe(box, h) {
    var parts = [];
    if (h.sets > 1) { parts.push(fill(box.getAttribute('data-say-set'), h.set, h.sets)); }
    if (h.side) { parts.push(box.getAttribute('data-say-' + h.side)); }
    if (h.holds > 1) { parts.push(fill(box.getAttribute('data-say-hold'), h.hold, h.holds)); }
    var text = parts.join(' \u00b7 ');
    // "left side · hold 1 of 3" starts a line on its own.
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  document.querySelectorAll('.p-timer[data-seconds]').forEach(function (box) {
    var seconds = parseInt(box.getAttribute('data-seconds'), 10);
    var buttons = box.querySelector('.p-timer__buttons');
    var start = box.querySelector('.p-timer__start');
    var pause = box.querySelector('.p-timer__pause');
    var reset = box.querySelector('.p-timer__reset');
    var where = box.querySelector('.p-timer__where');
    var count = box.querySelector('.p-timer__count');
    var say = box.querySelector('.p-timer__say');
    if (!buttons || !start || !pause || !reset || !where || !count || !say || !(seconds > 0)) { return; }
    var holds = holdsOf(box);
    var at = 0;
    var leftMs = seconds * 1000;
    var endsAt = 0;
    var ticking = null;
    var lastShown = null;

    function show(text, aloud) {
      count.textContent = text;
      if (aloud) { say.textContent = aloud; }
    }

    function showWhere() {
      var text = describe(box, holds[at]);
      where.textContent = text;
      where.hidden = text === '';
    }

    function stopTicking() {
      if (ticking) { clearInterval(ticking); ticking = null; }
    }

    function ready() {
      stopTicking();
      leftMs = seconds * 1000;
      lastShown = null;
      start.disabled = false;
      pause.disabled = true;
      pause.textContent = box.getAttribute('data-pause');
      showWhere();
    }

    function finishHold() {
      stopTicking();
      if (at + 1 < holds.length) {
        at += 1;
        ready();
        show('\u2713', fill(box.getAttribute('data-say-next'), describe(box, holds[at])));
      } else {
        show('\u2713', holds.length > 1 ? box.getAttribute('data-say-all') : box.getAttribute('data-done'));
        start.disabled = true;
        pause.disabled = true;
      }
    }

    function tick() {
      var left = Math.ceil((endsAt - Date.now()) / 1000);
      if (left <= 0) { finishHold(); return; }
      if (left !== lastShown) {
        lastShown = left;
        // Said every 5 seconds and for the last 3, so a screen reader is not flooded.
        show(String(left), left % 5 === 0 || left <= 3 ? String(left) : null);
      }
    }

    function run() {
      endsAt = Date.now() + leftMs;
      start.disabled = true;
      pause.disabled = false;
      tick();
      ticking = setInterval(tick, 200);
    }

    start.addEventListener('click', function () {
      leftMs = seconds * 1000;
      say.textContent = describe(box, holds[at]);
      run();
    });

    pause.addEventListener('click', function () {
      if (ticking) {
        stopTicking();
        leftMs = Math.max(0, endsAt - Date.now());
        pause.textContent = box.getAttribute('data-resume');
        say.textContent = box.getAttribute('data-say-paused');
      } else {
        pause.textContent = box.getAttribute('data-pause');
        run();
      }
    });

    reset.addEventListener('click', function () {
      at = 0;
      ready();
      show('', describe(box, holds[0]));
    });

    buttons.hidden = false;
    ready();
  });
})();
