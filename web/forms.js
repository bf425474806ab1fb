// forms.js — forms whose refusals show beside the field they concern.
// The API names the field of a refusal ({"error": {"field": "born"}}); the
// message goes in that field's message element, tied to the input by
// aria-describedby and announced by screen readers (role=alert). A
// refusal of no one field goes at the top of the form. The forms do not
// validate on their own (novalidate): the server's rules are the only ones.
import {h, replace, uid} from './dom.js';
import {t, label} from './i18n.js';
import {ApiError} from './api.js';

// One field. spec: {name, type ('text', 'date', 'select', 'checkbox',
// 'password'), required, value, options: [values], optionPrefix,
// autocomplete}.
function field(spec) {
  const id = uid(`f-${spec.name}`);
  const errId = `${id}-error`;
  const text = spec.label || t(`field.${spec.name}`);
  const shown = spec.required || spec.type === 'checkbox'
    ? text : t('field.optional', {label: text});
  const error = h('p', {class: 'field-error', id: errId, hidden: true});
  let input;
  const common = {id, name: spec.name, 'aria-describedby': errId,
    autocomplete: spec.autocomplete || 'off'};
  if (spec.type === 'select') {
    input = h('select', common,
      spec.required ? null : h('option', {value: ''}, ''),
      (spec.options || []).map((o) => h('option',
        {value: o, selected: o === spec.value},
        label(spec.optionPrefix, o))));
  } else if (spec.type === 'checkbox') {
    input = h('input', {...common, type: 'checkbox', checked: !!spec.value});
  } else {
    input = h('input', {...common, type: spec.type || 'text',
      value: spec.value || null, required: !!spec.required,
      'aria-required': spec.required ? 'true' : null});
  }
  const wrap = h('div', {class: `field field-${spec.type || 'text'}`},
    spec.type === 'checkbox'
      ? h('label', {for: id}, input, ' ', shown)
      : [h('label', {for: id}, shown), input],
    error);
  return {spec, input, error, wrap};
}

function value(f) {
  if (f.spec.type === 'checkbox') return f.input.checked;
  const v = f.input.value.trim();
  return v === '' ? null : v;
}

function clear(fields, top) {
  for (const f of fields) {
    f.error.hidden = true;
    f.error.removeAttribute('role');
    f.error.replaceChildren();
    f.input.removeAttribute('aria-invalid');
  }
  top.hidden = true;
  top.replaceChildren();
}

// A form: {title, fields: [spec], submit: text, onSubmit(values) ->
// Promise, done(result, values) -> message}. Answers the <form>.
export function form(spec) {
  const fields = spec.fields.map(field);
  const top = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const status = h('p', {class: 'form-status', role: 'status'});
  const button = h('button', {type: 'submit'}, spec.submit);
  const el = h('form', {novalidate: true, class: 'form',
    'aria-label': spec.title || null},
    top, fields.map((f) => f.wrap), h('div', {class: 'actions'}, button),
    status);
  el.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(fields, top);
    const values = {};
    for (const f of fields) values[f.spec.name] = value(f);
    button.disabled = true;
    replace(status, t('form.busy'));
    try {
      const result = await spec.onSubmit(values);
      replace(status, spec.done ? spec.done(result, values) : t('form.saved'));
    } catch (e) {
      replace(status);
      if (!(e instanceof ApiError)) throw e;
      const f = fields.find((x) => x.spec.name === e.field);
      if (f) {
        replace(f.error, e.message);
        f.error.hidden = false;
        f.error.setAttribute('role', 'alert');
        f.input.setAttribute('aria-invalid', 'true');
        f.input.focus();
      } else {
        replace(top, t('form.error', {message: e.message || t('app.failed')}));
        top.hidden = false;
      }
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

// A page that is one form, headed by its title.
export function formPage(ctx, spec) {
  ctx.title(spec.title);
  replace(ctx.main, h('h1', {tabindex: '-1'}, spec.title), form(spec));
}
