// forms.js — forms whose refusals show beside the field they concern.
// The API names the field of a refusal ({"error": {"field": "born"}}); the
// message goes in that field's message element, tied to the input by
// aria-describedby and announced by screen readers (role=alert). A
// refusal of no one field goes at the top of the form. The forms do not
// validate on their own (novalidate): the server's rules are the only ones.
import {h, replace, uid} from './dom.js';
import {t, label, num} from './i18n.js';
import {api, enc, ApiError} from './api.js';

// One field. spec: {name, label, type ('text', 'date', 'select',
// 'checkbox', 'password', 'number'), required, value, options: [values],
// optionPrefix or optionLabel(value), min, max, autocomplete}. Answers
// {spec, input, error (its message element), wrap (the whole)}.
export function field(spec) {
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
        spec.optionLabel ? spec.optionLabel(o)
          : label(spec.optionPrefix, o))));
  } else if (spec.type === 'lines') {
    // A list: one item a line.
    input = h('textarea', {...common, rows: 3,
      'aria-required': spec.required ? 'true' : null},
    Array.isArray(spec.value) ? spec.value.join('\n') : null);
  } else if (spec.type === 'checkbox') {
    input = h('input', {...common, type: 'checkbox', checked: !!spec.value});
  } else {
    input = h('input', {...common, type: spec.type || 'text',
      value: spec.value === undefined || spec.value === null
        ? null : String(spec.value),
      min: spec.min, max: spec.max,
      inputmode: spec.type === 'number' ? 'numeric' : null,
      required: !!spec.required,
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
  if (f.spec.type === 'lines') {
    const items = f.input.value.split('\n').map((x) => x.trim())
      .filter((x) => x !== '');
    return items.length ? items : null;
  }
  const v = f.input.value.trim();
  if (v === '') return null;
  if (f.spec.type === 'number' && /^-?\d+$/.test(v)) return Number(v);
  return f.spec.convert ? f.spec.convert(v) : v;
}

export function clear(fields, top) {
  for (const f of fields) {
    f.error.hidden = true;
    f.error.removeAttribute('role');
    f.error.replaceChildren();
    f.input.removeAttribute('aria-invalid');
  }
  top.hidden = true;
  top.replaceChildren();
}

// Shows the refusal e beside the field it names (or the one `name`
// says), marked invalid and focused; one of no field shown goes in top.
export function refuse(fields, top, e, name) {
  const f = fields.find((x) => x.spec.name === (name || e.field));
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
}

// A form: {title, fields: [spec], submit: text, onSubmit(values, start)
// -> Promise (start: the values the fields started with), done(result,
// values) -> message, fieldOf(e): the field a refusal goes beside when
// the API names none or one the form does not show}. Answers the <form>.
export function form(spec) {
  const fields = spec.fields.map(field);
  const top = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const status = h('p', {class: 'form-status', role: 'status'});
  const button = h('button', {type: 'submit'}, spec.submit);
  const el = h('form', {novalidate: true, class: 'form',
    'aria-label': spec.title || null},
    top, fields.map((f) => f.wrap), h('div', {class: 'actions'}, button),
    status);
  const start = {};
  for (const f of fields) start[f.spec.name] = value(f);
  el.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(fields, top);
    const values = {};
    for (const f of fields) values[f.spec.name] = value(f);
    button.disabled = true;
    replace(status, t('form.busy'));
    try {
      const result = await spec.onSubmit(values, start);
      replace(status, spec.done ? spec.done(result, values) : t('form.saved'));
    } catch (e) {
      replace(status);
      if (!(e instanceof ApiError)) throw e;
      refuse(fields, top, e, spec.fieldOf ? spec.fieldOf(e) : undefined);
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

// ---- forms drawn from the API's own description ---------------------------
// GET /api/v1/openapi.json is generated from the server's routing table:
// each operation's body fields with their type, enum choices and whether
// they are required. A form of an operation is drawn from it, so that
// every form of the UI is made in one place and a route the server gains
// gets its form in a few lines.

let described = null;

// The API's description, asked for once.
export function apiDoc() {
  if (!described) {
    described = api('GET', '/api/v1/openapi.json').catch((e) => {
      described = null;
      throw e;
    });
  }
  return described;
}

// Enumerations whose labels are under another prefix of the catalog than
// the field's name (discipline's `form` is not the forms' texts).
const ENUM_PREFIX = {form: 'discipline'};

// The field of a form for an input of the API: name, schema, required.
function fromSchema(name, schema, required, spec) {
  const prefixes = {...ENUM_PREFIX, ...spec.prefixes};
  const f = {name, required,
    label: spec.labels && spec.labels[name] ? t(spec.labels[name]) : null,
    value: spec.values ? spec.values[name] : undefined};
  const type = schema['x-cadre-type'];
  if (type === 'yesno') {
    // Yes, no, or unchanged: a checkbox would say "no" when left alone.
    return {...f, type: 'select', required: false, options: ['yes', 'no'],
      optionLabel: (o) => t(o), convert: (v) => v === 'yes',
      value: f.value === true ? 'yes' : f.value === false ? 'no' : null};
  }
  if (schema.type === 'array') return {...f, type: 'lines'};
  if (schema.type === 'boolean') return {...f, type: 'checkbox'};
  if (schema.enum) {
    return {...f, type: 'select', options: schema.enum,
      optionPrefix: prefixes[name] || name};
  }
  if (schema.format === 'date') return {...f, type: 'date'};
  if (schema.type === 'integer') {
    return {...f, type: 'number', min: schema.minimum, max: schema.maximum};
  }
  return {...f, type: 'text'};
}

// What a field of the form sends: nothing (undefined) when it is left
// empty, or in a form that edits (spec.edits) when it is left as it
// started: such a form sends only what changed, and a text or a date
// emptied that had a value sends "", which the API reads as clearing it
// (`member edit`, the `to` of `oversight correct`); an emptied choice
// stays as it was. A yes-or-no's "no" is sent (false); an unticked flag
// is not.
function sent(schema, v, was, edits) {
  if (edits && v === was) return undefined;
  if (v === undefined || v === null) {
    const clears = ['text', 'date'].includes(schema['x-cadre-type']);
    return edits && clears && was !== null && was !== undefined
      ? '' : undefined;
  }
  if (v === false && schema['x-cadre-type'] !== 'yesno') return undefined;
  return v;
}

// The form of the operation METHOD PATH (as the description writes it:
// /api/v1/members/{id}/discipline). spec: {method, path, params: values
// of the path's {names} (those not given are fields of the form), fields:
// the names shown, in order (all by default), values: what they start
// with, fixed: values sent but not shown, labels: catalog keys of labels
// other than field.NAME, prefixes: catalog prefixes of a choice's labels
// other than its name, title, submit, done(result, values), fieldOf(e) as
// form's}. Answers
// the <form>; the body is JSON of the fields filled in, sent with the
// CSRF token; a refusal shows beside its field.
export async function apiForm(spec) {
  const doc = await apiDoc();
  const op = (doc.paths[spec.path] || {})[spec.method.toLowerCase()];
  if (!op) throw new Error(`${spec.method} ${spec.path}: not in the API`);
  const params = spec.params || {};
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const schema = op.requestBody
    ? op.requestBody.content['application/json'].schema
    : {properties: {}};
  const required = new Set(schema.required || []);
  const all = [
    ...inPath.filter((p) => !(p.name in params))
      .map((p) => fromSchema(p.name, p.schema, true, spec)),
    ...Object.entries(schema.properties)
      .filter(([name]) => !(spec.fixed && name in spec.fixed))
      .map(([name, s]) => fromSchema(name, s, required.has(name), spec))];
  const fields = spec.fields
    ? spec.fields.map((n) => all.find((f) => f.name === n)).filter(Boolean)
    : all;
  return form({
    title: spec.title,
    submit: spec.submit,
    fields,
    onSubmit: (values, start) => {
      const path = spec.path.replace(/\{(\w+)\}/g, (m, name) =>
        enc(name in params ? params[name] : values[name] || ''));
      const body = {...spec.fixed};
      for (const [name, s] of Object.entries(schema.properties)) {
        const v = sent(s, values[name], start[name], spec.edits);
        if (v !== undefined) body[name] = v;
      }
      return api(spec.method, path, op.requestBody ? body : undefined);
    },
    done: spec.done,
    fieldOf: spec.fieldOf,
  });
}

// A form of the API behind a disclosure (<details>): its summary names
// the action (spec.summary, or its title), and the form opens below it, so
// that a page offers several without being a wall of fields.
export async function apiAction(spec) {
  const f = await apiForm(spec);
  return h('details', {class: `action ${spec.className || ''}`.trim()},
    h('summary', null, spec.summary || spec.title), f);
}

// ---- correcting and voiding a record ---------------------------------------
// A record of party work (an inspection, an award, a document's step, a
// conference, a model…) is corrected by POST BASE/{record}/correct and
// voided by .../void, both with a reason: the two forms behind their
// disclosures. spec: {base (the path before /{record}), id, what: the
// words naming the record in the titles, fields: those a correction may
// set after the reason, values: what they start with, labels: catalog
// keys of their labels, redraw(message): draws the page again}. A
// correction starts with the record's values and sends what changed.
export async function recordActions(spec) {
  const action = (verb, extra) => apiAction({method: 'POST',
    path: `${spec.base}/{record}/${verb}`, params: {record: spec.id},
    title: t(`record.${verb}.title`, {what: spec.what}),
    summary: t(`record.${verb}`),
    submit: t(`record.${verb}.submit`),
    done: () => {
      spec.redraw(t(`record.${verb}.done`));
      return '';
    },
    ...extra});
  return h('div', {class: 'event-actions'},
    await action('correct', {fields: ['reason', ...spec.fields],
      values: spec.values, edits: true,
      labels: {...spec.labels, reason: 'field.correct_reason'}}),
    await action('void', {labels: {reason: 'field.void_reason'}}));
}

// ---- lists a page at a time -------------------------------------------------

// A list the API answers a page at a time ({page, size, total, items}),
// with buttons to the pages before and after. spec: {load(page) -> the
// API's page, render(items) -> what shows them, empty: the text of none,
// count: the catalog key of "page N of M" ({page, pages, total}; by
// default list.page), newest: show the last page of the API first, its
// items last first (the API lists by date, oldest first)}. Answers {box,
// show(page)}; show(1) draws the first page.
export function pager(spec) {
  const box = h('div', {class: 'paged'});
  let last = null;
  const show = async (page) => {
    let p = await spec.load(spec.newest && last ? last - page + 1 : page);
    let pages = Math.max(1, Math.ceil(p.total / p.size));
    if (spec.newest && !last) {
      last = pages;
      if (pages > 1) p = await spec.load(pages);
    }
    pages = Math.max(1, Math.ceil(p.total / p.size));
    const items = spec.newest ? p.items.slice().reverse() : p.items;
    const prev = h('button', {type: 'button', disabled: page <= 1,
      onclick: () => show(page - 1)}, t('list.prev'));
    const next = h('button', {type: 'button', disabled: page >= pages,
      onclick: () => show(page + 1)}, t('list.next'));
    // One page has no buttons: a page of a dozen short lists is not a
    // dozen pairs of buttons that go nowhere.
    replace(box,
      p.total === 0 ? h('p', null, spec.empty) : await spec.render(items),
      p.total > 0 ? h('div', {class: 'pager'}, pages > 1 ? prev : null,
        h('span', {role: 'status'},
          t(spec.count || 'list.page', {page: num(page), pages: num(pages),
            total: num(p.total)})), pages > 1 ? next : null) : null);
  };
  return {box, show};
}
