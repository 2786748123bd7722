// Drafting and refining with progress. With scripts on, the "Describe your tool" form drafts through
// /drafts/stream and the draft page's chat refines through /drafts/{id}/messages/stream:
// each step shows under the form ("Reading your request…", "Drafting…", "Checking…") with a Stop
// button, which keeps what the AI service had so far. Without scripts the forms post as before.
// Text from the server is only ever set as textContent.
(function () {
  'use strict';
  if (!window.fetch || !window.TextDecoder || !window.ReadableStream) {
    return;
  }

  // The pages' own routes: the cookie session signs the person in, the form's CSRF token goes in a header.
  function post(url, form, body) {
    var token = form.querySelector('input[name="X-XSRF-TOKEN"]');
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token ? token.value : ''},
      body: JSON.stringify(body)
    });
  }

  function stream(form, field, url, payloadName, done) {
    form.addEventListener('submit', function (event) {
      var text = form.querySelector(field).value;
      if (!text.trim()) {
        return; // the server says what to write
      }
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var status = document.createElement('div');
      status.className = 'progress';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      var line = document.createElement('p');
      line.className = 'progress-step';
      line.textContent = 'Reading your request…';
      var stop = document.createElement('button');
      stop.type = 'button';
      stop.className = 'stop';
      stop.textContent = 'Stop';
      status.appendChild(line);
      status.appendChild(stop);
      form.appendChild(status);
      button.disabled = true;
      var job = null;
      stop.addEventListener('click', function () {
        stop.disabled = true;
        line.textContent = 'Stopping…';
        if (job) {
          post('/drafts/jobs/' + encodeURIComponent(job) + '/cancel', form, {});
        }
      });
      var fail = function (message) {
        line.textContent = message;
        line.className = 'error';
        stop.remove();
        button.disabled = false;
      };
      var payload = {};
      payload[payloadName] = text;
      post(url, form, payload).then(function (response) {
        if (!response.ok || !response.body) {
          fail('Toolsmith could not start; try again.');
          return;
        }
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        var handle = function (block) {
          var name = null;
          var data = null;
          block.split('\n').forEach(function (l) {
            if (l.indexOf('event: ') === 0) { name = l.slice(7); }
            if (l.indexOf('data: ') === 0) { data = JSON.parse(l.slice(6)); }
          });
          if (name === 'started') {
            job = data.job;
            var token = form.querySelector('input[name="X-XSRF-TOKEN"]');
            if (token && data.csrf) { token.value = data.csrf; } // a used token is replaced
          }
          if (name === 'progress') { line.textContent = data.words + (data.detail ? ' (' + data.detail + ')' : ''); }
          if (name === 'error') { done(null, data.message, fail); }
          if (name === 'draft' || name === 'refined') { done(data, null, fail); }
        };
        var pump = function () {
          return reader.read().then(function (chunk) {
            if (chunk.done) { return; }
            buffer += decoder.decode(chunk.value, {stream: true});
            var end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              handle(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
            return pump();
          });
        };
        return pump();
      }).catch(function () {
        fail('The connection to Toolsmith was lost; try again.');
      });
    });
  }

  var describe = document.querySelector('form[action="/drafts"]');
  if (describe) {
    stream(describe, '#request', '/drafts/stream', 'prompt', function (data, error, fail) {
      if (data) { window.location.href = data.url; } else { fail(error); }
    });
  }
  var chat = document.querySelector('form[action$="/messages"]');
  var path = chat && chat.getAttribute('action');
  if (chat && /^\/drafts\/[A-Za-z0-9_-]+\/messages$/.test(path)) {
    // The chat keeps both the message and Toolsmith's answer, an error included: show the page again.
    stream(chat, '#chat-text', path + '/stream', 'text', function () {
      window.location.assign(path.replace(/\/messages$/, ''));
    });
  }
})();
