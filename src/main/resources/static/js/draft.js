// Keeps the report form's draft in this browser until the server has it, so a lost signal or a
// closed tab never loses what a care worker typed. The confirmation page clears it.
(function () {
  var form = document.querySelector('form[data-draft-key]');
  var done = document.querySelector('[data-draft-clear]');
  if (done) {
    try { localStorage.removeItem(done.getAttribute('data-draft-clear')); } catch (e) { /* storage unavailable */ }
  }
  if (!form) {
    return;
  }
  var key = form.getAttribute('data-draft-key');
  var hasErrors = document.querySelector('.govuk-error-summary') !== null;
  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.type !== 'submit' && el.type !== 'hidden';
    });
  }
  function save() {
    var draft = {};
    fields().forEach(function (el) {
      if (el.type === 'radio') {
        if (el.checked) { draft[el.name] = el.value; }
      } else if (el.type === 'checkbox') {
        draft[el.name] = el.checked;
      } else {
        draft[el.name] = el.value;
      }
    });
    try { localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { /* storage full or unavailable */ }
  }
  function restore() {
    var raw;
    try { raw = localStorage.getItem(key); } catch (e) { return; }
    if (!raw || hasErrors) { return; }
    var draft = JSON.parse(raw);
    fields().forEach(function (el) {
      if (!(el.name in draft)) { return; }
      if (el.type === 'radio') {
        el.checked = draft[el.name] === el.value;
      } else if (el.type === 'checkbox') {
        el.checked = draft[el.name] === true;
      } else {
        el.value = draft[el.name];
      }
    });
    var notice = document.querySelector('[data-draft-restored]');
    if (notice) { notice.hidden = false; }
  }
  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', save);
})();
