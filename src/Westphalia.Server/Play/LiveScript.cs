namespace Westphalia.Server.Play;

/// <summary>
/// The polling script of the game pages (<c>/js/live.js</c>): reads <c>#live</c>'s <c>data-game</c>, <c>data-turn</c> and
/// <c>data-mode</c>, asks <c>/games/{id}/live</c> every 3 seconds, fills the dashboard's <c>[data-live=...]</c> elements,
/// and when the turn changes reloads the page (by a GET) unless a form field was edited since it loaded; then it shows a
/// banner with a reload link instead. No inline handlers: the pages' security policy forbids inline scripts.
/// </summary>
public static class LiveScript
{
    /// <summary>The script's path.</summary>
    public const string Path = "/js/live.js";

    /// <summary>The script.</summary>
    public const string Text = """
        (function () {
          'use strict';
          var live = document.getElementById('live');
          if (!live) { return; }
          var game = live.getAttribute('data-game');
          var turn = String(live.getAttribute('data-turn'));
          var mode = live.getAttribute('data-mode') || 'watch';
          var edited = false;
          var done = false;
          document.addEventListener('input', function () { edited = true; }, true);
          document.addEventListener('change', function () { edited = true; }, true);

          function fill(name, text) {
            var found = document.querySelectorAll('[data-live="' + name + '"]');
            for (var i = 0; i < found.length; i++) { found[i].textContent = text; }
          }

          function list(names) { return names && names.length ? names.join(', ') : 'none'; }

          function status(s) {
            var text = s.finished ? 'The game is over' : 'Turn ' + s.turn + ' of ' + s.turns;
            if (s.paused) { text += ' (paused)'; }
            if (s.resolving) { text += ' (resolving)'; }
            if (!s.finished && s.deadlineUtc) {
              var left = Math.round((Date.parse(s.deadlineUtc) - Date.now()) / 60000);
              text += left > 0 ? ', ' + left + ' min left' : ', deadline passed';
            }
            return text;
          }

          function banner() {
            if (document.getElementById('live-banner')) { return; }
            var p = document.createElement('p');
            p.id = 'live-banner';
            p.setAttribute('role', 'status');
            p.textContent = 'The turn has changed. ';
            var a = document.createElement('a');
            a.href = location.pathname + location.search;
            a.textContent = 'Reload the page';
            p.appendChild(a);
            live.appendChild(p);
          }

          function poll() {
            if (done) { return; }
            fetch('/games/' + encodeURIComponent(game) + '/live', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
              .then(function (r) { return r.ok ? r.json() : null; })
              .then(function (s) {
                if (!s) { return; }
                if (mode === 'dashboard') {
                  if (s.submitted) { fill('submitted', list(s.submitted)); }
                  if (s.missing) { fill('missing', list(s.missing)); }
                  fill('status', status(s));
                }
                if (String(s.turn) !== turn) {
                  if (edited) { banner(); } else { done = true; location.href = location.pathname + location.search; }
                }
              })
              .catch(function () { });
          }

          setInterval(poll, 3000);
        })();
        """;
}
